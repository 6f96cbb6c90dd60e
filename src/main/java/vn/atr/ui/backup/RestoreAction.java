package vn.atr.ui.backup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import vn.atr.domain.Messages;
import vn.atr.service.backup.BackupService;
import vn.atr.service.backup.BackupService.Credentials;
import vn.atr.service.Services;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.AppContext.StoreMode;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.login.LoginDialog;

/**
 * Replaces the open store by a backup: the services are closed (a restore needs the writer lock),
 * {@link BackupService#restore} keeps the replaced store in the backups folder and puts the checked
 * backup in place, then the store is opened again and the window rebuilt on it. If the restore fails,
 * the old store is opened again as it was (read-only if it was), so the app stays usable.
 */
public final class RestoreAction {
    private RestoreAction() {
    }

    /** What a restore left: the services now open, how, what was kept, and the failure if any. */
    private record Outcome(Services services, StoreMode mode, Optional<Path> kept, RuntimeException failure) {
    }

    /** Asks, then restores {@code backup}; {@code password} for an encrypted one (may be null). */
    public static void confirmAndRestore(AppContext context, Window owner, Path backup, char[] password) {
        Path store = storeFile(context.services());
        Dialogs.confirm(owner, Messages.get("restore.ask", store), "backupScreen.restore",
                () -> restore(context, owner, backup, password));
    }

    /** The damaged-store banner's button: the newest automatic backup that passes the check. */
    public static void newestGood(AppContext context, Window owner) {
        Path store = storeFile(context.services());
        context.tasks().run(() -> BackupService.newestGoodBackup(store).map(p -> BackupService.inspect(p, null)),
                found -> {
                    if (found.isEmpty()) {
                        context.errors().show(new vn.atr.service.ServiceException(
                                Messages.get("backupScreen.noGoodBackup", BackupService.backupFolder(store))));
                        return;
                    }
                    Dialogs.confirm(owner, BackupViewModel.describe(found.get()) + "\n\n" + Messages.get("restore.ask", store),
                            "backupScreen.restore", () -> restore(context, owner, found.get().file(), null));
                });
    }

    /** The store file a restore replaces; a server store has none (the backup screen offers no restore there). */
    private static Path storeFile(Services services) {
        return services.storeFileIfAny().orElseThrow(() -> new vn.atr.service.ServiceException(
                Messages.get("backup.pg.serverJob", services.storeAddress())));
    }

    static void restore(AppContext context, Window owner, Path backup, char[] password) {
        restore(context, owner, backup, password, false);
    }

    /**
     * {@code acceptOther}: the user already said yes to restoring another installation's backup; the
     * first attempt says no, and the refusal brings the warning up as a question.
     */
    private static void restore(AppContext context, Window owner, Path backup, char[] password, boolean acceptOther) {
        java.util.concurrent.atomic.AtomicReference<String> warning = new java.util.concurrent.atomic.AtomicReference<>();
        Services old = context.services();
        Supplier<Credentials> login = null;
        if (!old.session().isSingleUser()) {
            // The service logs an administrator in to the store being replaced (or the backup's users if it is damaged).
            Optional<Credentials> admin = AdministratorLogin.ask(owner, old.session().userName());
            if (admin.isEmpty()) {
                return;
            }
            login = admin::get;
        }
        Supplier<Credentials> credentials = login;
        Path store = storeFile(old);
        StoreMode mode = context.storeMode();
        if (owner != null && owner.getScene() != null) {
            owner.getScene().getRoot().setDisable(true); // the window is rebuilt on the restored store
        }
        context.tasks().run(() -> {
            old.close();
            try {
                Optional<Path> kept = BackupService.restore(backup, store, password, credentials, w -> {
                    warning.set(w);
                    return acceptOther;
                });
                return new Outcome(Services.open(store), StoreMode.WRITABLE, kept, null);
            } catch (RuntimeException e) {
                Services again = mode == StoreMode.WRITABLE ? Services.open(store) : Services.openReadOnly(store);
                return new Outcome(again, mode, Optional.empty(), e);
            }
        }, outcome -> {
            context.replaceServices(outcome.services(), outcome.mode());
            if (outcome.failure() instanceof BackupService.OtherInstallationException) {
                context.navigator().reload();
                Dialogs.confirm(owner, warning.get() + "\n\n" + Messages.get("restore.askOtherInstallation"),
                        "backupScreen.restore", () -> restore(context, owner, backup, password, true));
                return;
            }
            if (outcome.failure() != null) {
                context.navigator().reload();
                context.errors().show(outcome.failure());
                return;
            }
            String message = Messages.get("restore.done", store)
                    + outcome.kept().map(k -> "\n" + Messages.get("restore.kept", k)).orElse("");
            if (outcome.services().session().isLoggedIn()) {
                context.navigator().reload();
                Dialogs.info(owner, message, "restore-done");
            } else {
                // The restored store has users: nothing is shown before one of them logs in.
                LoginDialog.show(context, owner, () -> {
                    context.navigator().reload();
                    Dialogs.info(owner, message, "restore-done");
                }, Platform::exit);
            }
        });
    }
}
