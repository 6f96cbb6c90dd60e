package vn.atr.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.atr.domain.Messages;
import vn.atr.service.backup.BackupService;
import vn.atr.service.OpenProblem;
import vn.atr.service.Services;
import vn.atr.ui.shell.AppContext.StoreMode;

/**
 * How the app opens its store (ADR 0021): normally for writing; a store that fails its integrity
 * check read-only (the window then shows a banner and a one-click restore, and nothing is written);
 * a store another ATR window has open read-only if the user agrees, else not at all. A file too
 * damaged to read even read-only can only be replaced by the newest good backup, if the user agrees.
 * The questions are asked through {@link Questions} so that this decision is tested without dialogs.
 */
public final class StoreStartup {
    private static final Logger LOG = LoggerFactory.getLogger(StoreStartup.class);

    /** The user's answers at start (dialogs in the app). */
    public interface Questions {
        /** Another ATR has the store: true = open read-only, false = exit. */
        boolean openReadOnly(String message);

        /** The file cannot be read at all: true = restore {@code backup} in its place, false = exit. */
        boolean restoreUnreadable(String message, Path backup);

        /** Says why the store cannot be opened (the app then exits). */
        void refuse(Throwable failure);

        /** An administrator's login for a restore on a store with users (asked only then). */
        BackupService.Credentials administrator();

        /**
         * The server store remembered in the settings cannot be opened: true = open this computer's own data
         * file instead (and forget the server), false = exit. By default the refusal is shown and the app exits.
         */
        default boolean openLocalInstead(Throwable failure) {
            refuse(failure);
            return false;
        }
    }

    /** The opened services and how they are open. */
    public record Opened(Services services, StoreMode mode) {
    }

    private StoreStartup() {
    }

    /** Empty when the app should exit (refused, or the user chose to). */
    public static Optional<Opened> open(Path store, Questions ask) {
        return open(store.toString(), ask);
    }

    /** As {@link #open(Path, Questions)} for a file name or a postgresql:// address (ADR 0135). */
    public static Optional<Opened> open(String store, Questions ask) {
        return open(store, ask, () -> Services.open(store));
    }

    public static Optional<Opened> open(Path store, Questions ask, Supplier<Services> forWriting) {
        return open(store.toString(), ask, forWriting);
    }

    /**
     * Like {@link #open(String, Questions)}, with the first open for writing done by {@code forWriting}
     * (the app's {@link EarlyStore}, started before the toolkit); the rest is decided here as always. A server
     * store is refused outright when it cannot be opened: the read-only and restore answers are a file's.
     */
    public static Optional<Opened> open(String address, Questions ask, Supplier<Services> forWriting) {
        try {
            return Optional.of(new Opened(forWriting.get(), StoreMode.WRITABLE));
        } catch (RuntimeException failure) {
            OpenProblem problem = OpenProblem.of(failure);
            LOG.warn("Store not opened for writing ({}): {}", problem, failure.getMessage());
            if (problem == OpenProblem.OTHER) {
                if (Services.isServerAddress(address)) {
                    // A server that does not answer (or refuses the login) must not lock the user out of the window.
                    return ask.openLocalInstead(failure) ? open(AppContext.localStore().toString(), ask) : Optional.empty();
                }
                ask.refuse(failure);
                return Optional.empty();
            }
            Path store = Path.of(address.strip());
            if (problem == OpenProblem.IN_USE && !ask.openReadOnly(failure.getMessage())) {
                return Optional.empty();
            }
            return readOnly(store, problem == OpenProblem.IN_USE ? StoreMode.IN_USE : StoreMode.DAMAGED, failure, ask);
        }
    }

    private static Optional<Opened> readOnly(Path store, StoreMode mode, RuntimeException why, Questions ask) {
        Services services;
        try {
            // Opening reads the users table: a file that is not readable at all fails here.
            services = Services.openReadOnly(store);
        } catch (RuntimeException unreadable) {
            LOG.warn("Store not readable: {}", unreadable.getMessage());
            return restoreNewest(store, mode, why, ask);
        }
        if (services.session().isLoggedIn()) {
            return Optional.of(new Opened(services, mode));
        }
        // A store with users: a login writes the audit log, which a read-only store cannot take.
        services.close();
        return restoreNewest(store, mode, why, ask);
    }

    /** A damaged store the window cannot show: the newest good backup in its place, if the user agrees. */
    private static Optional<Opened> restoreNewest(Path store, StoreMode mode, RuntimeException why, Questions ask) {
        Optional<Path> good = mode == StoreMode.DAMAGED ? BackupService.newestGoodBackup(store) : Optional.empty();
        if (good.isEmpty()) {
            ask.refuse(why);
            return Optional.empty();
        }
        if (!ask.restoreUnreadable(why.getMessage(), good.get())) {
            return Optional.empty();
        }
        try {
            BackupService.restore(good.get(), store, null, ask::administrator);
        } catch (RuntimeException refused) {
            ask.refuse(refused);
            return Optional.empty();
        }
        return Optional.of(new Opened(Services.open(store), StoreMode.WRITABLE));
    }

    /** The dialog texts' keys, kept here so that the questions read the same in the app and its tests. */
    public static String inUseQuestion(String message) {
        return message + "\n\n" + Messages.get("startup.inUseQuestion");
    }
}
