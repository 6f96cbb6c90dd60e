package vn.atr.ui.backup;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.atr.domain.Messages;
import vn.atr.service.backup.BackupService;
import vn.atr.ui.shell.AppContext;

/**
 * The automatic backups (ADR 0021): one when the window closes, and one at start when none was made
 * today. Both run through the TaskRunner, so the window stays responsive; on close a small progress
 * window shows while the backup finishes, then the window closes at once (the wait beyond the backup
 * itself is logged as "close overhead"). A failed automatic backup is logged and never keeps the
 * user from closing: the store itself is untouched by it. Nothing is backed up from a read-only store, nor
 * from a PostgreSQL store (the server's job).
 */
public final class AutoBackup {
    private static final Logger LOG = LoggerFactory.getLogger(AutoBackup.class);
    private final AppContext context;
    private final Stage stage;
    private boolean closing;
    private volatile long backupNanos;
    private long closeNanos = -1;
    private final javafx.event.EventHandler<WindowEvent> handler = this::onCloseRequest;

    private AutoBackup(AppContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
    }

    /** Backs up when {@code stage} is closed by the user (its close button, Alt+F4). */
    public static AutoBackup install(AppContext context, Stage stage) {
        AutoBackup auto = new AutoBackup(context, stage);
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, auto.handler);
        return auto;
    }

    /** Stops watching the window (tests reuse one stage). */
    public void uninstall() {
        stage.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, handler);
    }

    /**
     * At start: a backup in the background when none was made today (the "at least daily" rule). A failure is
     * told to {@code onFailed} with its reason (a full disk, a folder not writable): the user must know the
     * safety net is missing, though the store itself is untouched.
     */
    public static void dailyIfDue(AppContext context, Consumer<BackupService.BackupInfo> onDone,
            Consumer<String> onFailed) {
        if (!allowed(context)) {
            return;
        }
        context.tasks().run(() -> {
            BackupService backup = context.services().backup();
            return backup.dailyBackupDue() ? backup.autoBackup() : null;
        }, info -> {
            if (info != null) {
                LOG.info("Daily automatic backup written");
                onDone.accept(info);
            }
        }, failure -> {
            LOG.warn("Daily automatic backup failed: {}", failure.toString());
            onFailed.accept(failure.getMessage() != null ? failure.getMessage() : failure.toString());
        });
    }

    /**
     * Any logged-in user's app keeps the safety net (the backup stays beside the store, equally protected); a
     * server store has none of ATR's own: its server backs it up (pg_dump, ADR 0100).
     */
    static boolean allowed(AppContext context) {
        return !context.readOnly() && context.services().session().isLoggedIn()
                && context.services().storeFileIfAny().isPresent();
    }

    private void onCloseRequest(WindowEvent event) {
        if (event.isConsumed()) {
            return; // an unsaved-changes guard kept the window open
        }
        if (closing) {
            event.consume(); // the backup is already running; the window closes when it ends
            return;
        }
        if (!allowed(context)) {
            return;
        }
        event.consume();
        closing = true;
        long start = System.nanoTime();
        Stage progress = progressWindow();
        context.tasks().run(() -> {
            long t = System.nanoTime();
            context.services().backup().autoBackup();
            backupNanos = System.nanoTime() - t;
            return Boolean.TRUE;
        }, ok -> finish(progress, start), failure -> {
            LOG.warn("Automatic backup on close failed: {}", failure.toString());
            finish(progress, start);
        });
    }

    private void finish(Stage progress, long start) {
        progress.close();
        stage.close();
        closeNanos = System.nanoTime() - start;
        LOG.info("Closed after {} ms: backup {} ms, close overhead {} ms", closeNanos / 1_000_000,
                backupNanos / 1_000_000, closeOverheadMillis());
    }

    /** How long closing waited beyond the backup itself (ms), or -1 before a close. */
    public long closeOverheadMillis() {
        return closeNanos < 0 ? -1 : (closeNanos - backupNanos) / 1_000_000;
    }

    public long backupMillis() {
        return backupNanos / 1_000_000;
    }

    private Stage progressWindow() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        Label text = new Label(Messages.get("autoBackup.closing"));
        HBox box = new HBox(12, spinner, text);
        box.setPadding(new Insets(16));
        box.setId("closing-backup");
        Stage s = new Stage(StageStyle.UTILITY);
        s.initOwner(stage);
        s.initModality(Modality.WINDOW_MODAL);
        s.setTitle(Messages.get("app.title"));
        s.setScene(new Scene(box));
        s.setOnCloseRequest(WindowEvent::consume);
        s.show();
        return s;
    }
}
