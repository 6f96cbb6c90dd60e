package vn.atr.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.atr.domain.Messages;
import vn.atr.service.Services;
import vn.atr.store.StatementWatch;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ErrorHandler;
import vn.atr.ui.shell.TaskRunner;
import vn.atr.ui.shell.WindowState;

/**
 * A view model's world without JavaFX started (JabRef's way): a real store through {@code Services}, the
 * inline task runner (work and continuation at once, no javafx.concurrent.Task), failures recorded instead
 * of shown, and a watch on the store that records every SQL statement run outside the task runner, i.e.
 * what would run on the FX thread in the app.
 */
public final class ViewModelFixture implements BeforeEachCallback, AfterEachCallback {
    private final boolean sample;
    private final boolean server;
    private Path dir;
    public AppContext context;
    /** The failures the error handler was given. */
    public final List<Throwable> shown = new ArrayList<>();
    private Preferences prefs;
    private final java.util.Set<String> outside = new java.util.LinkedHashSet<>();
    private boolean inTask;
    private int tasks;

    /**
     * A fresh store in a new folder for each test ({@code @RegisterExtension}); {@code sample} loads the Hai Phong
     * 2023 sample first (before the watch starts).
     */
    public ViewModelFixture(boolean sample) {
        this(sample, false);
    }

    private ViewModelFixture(boolean sample, boolean server) {
        this.sample = sample;
        this.server = server;
    }

    /**
     * The view models on a store in a new database of the tests' PostgreSQL (skipped without one, failed under
     * CI=true); the statement watch is SQLite's, so nothing is counted there.
     */
    public static ViewModelFixture onServer() {
        return new ViewModelFixture(false, true);
    }

    /** The folder of the test's store, for the files a view model writes or reads. */
    public Path dir() {
        return dir;
    }

    @Override
    public void beforeEach(ExtensionContext test) throws IOException {
        dir = Files.createTempDirectory("atr-vm");
        outside.clear();
        Messages.setLocale(Messages.VIETNAMESE);
        prefs = Preferences.userRoot().node("atr-vm-" + UUID.randomUUID());
        Services services = server ? Services.open(vn.atr.store.PostgresTestServer.get().freshDatabase())
                : Services.open(dir.resolve("atr.db"));
        if (sample) {
            services.sample().loadHaiPhong2023();
        }
        ErrorHandler errors = new ErrorHandler() {
            @Override
            public void show(Throwable error) {
                shown.add(error);
            }
        };
        TaskRunner runner = TaskRunner.inline(errors, work -> {
            inTask = true;
            tasks++;
            try {
                work.run();
            } finally {
                inTask = false;
            }
        });
        context = new AppContext(services, runner, errors, new WindowState(prefs));
        if (server) {
            return;
        }
        StatementWatch.install(services, () -> {
            if (!inTask && outside.size() < 20) {
                outside.add(caller());
            }
        });
    }

    /** Where the statements run outside the task runner came from (their first UI frames), empty if none. */
    public List<String> readsOutsideTasks() {
        return List.copyOf(outside);
    }

    /** How many pieces of work went through the task runner so far. */
    public int tasksRun() {
        return tasks;
    }

    /** Lets the test itself read the store (to check what a view model wrote) without counting it. */
    public <T> T unwatched(java.util.function.Supplier<T> read) {
        inTask = true;
        try {
            return read.get();
        } finally {
            inTask = false;
        }
    }

    private static String caller() {
        return StackWalker.getInstance().walk(s -> s.filter(f -> f.getClassName().startsWith("vn.atr.ui."))
                .filter(f -> !f.getClassName().equals(ViewModelFixture.class.getName()))
                .map(f -> f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber())
                .findFirst().orElse("(outside vn.atr.ui)"));
    }

    @Override
    public void afterEach(ExtensionContext test) throws IOException {
        if (context != null) { // null when the test was skipped for want of a PostgreSQL
            context.close();
            context = null;
        }
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // another JVM holds the preferences lock; the node is a uniquely named scratch node
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
