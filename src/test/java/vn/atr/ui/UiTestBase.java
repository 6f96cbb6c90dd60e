package vn.atr.ui;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;
import vn.atr.ui.shell.AppContext;

/**
 * The set-up the TestFX classes share: before each test the main window on a fresh store file in a
 * {@code @TempDir} (a {@link UiFixture}: synchronous tasks, errors recorded), in the primary stage TestFX
 * keeps; closed after the test. Subclasses name the store they start on; {@link StartOn#NOTHING} leaves the
 * stage empty for tests that open the window themselves ({@link #showOn}). A {@code @BeforeEach} rather
 * than TestFX's {@code @Start}, which TestFX looks for only on the test class itself, not its superclass.
 */
@ExtendWith(ApplicationExtension.class)
abstract class UiTestBase {
    /** The store the window opens on before each test. */
    enum StartOn {
        /** No window: the test opens one itself. */
        NOTHING(false, false),
        /** A new store, as on first start. */
        EMPTY_STORE(false, false),
        /** A new store with the agency and province set (entry screens ready). */
        CONFIGURED_STORE(true, false),
        /** The Hai Phong 2023 sample. */
        SAMPLE(false, true);

        final boolean configure;
        final boolean sample;

        StartOn(boolean configure, boolean sample) {
            this.configure = configure;
            this.sample = sample;
        }
    }

    @TempDir
    Path dir;
    /** The primary stage: the window of every test in the run. */
    Stage stage;
    /** The window on the store; null until a {@link StartOn#NOTHING} test opens one. */
    UiFixture app;
    private final StartOn startOn;

    protected UiTestBase(StartOn startOn) {
        this.startOn = startOn;
    }

    /** The store file the window opens on. */
    Path store() {
        return dir.resolve("atr.db");
    }

    /** Runs on the FX thread once the window is shown, before the test (e.g. more generated data). */
    protected void afterStart() {
    }

    @BeforeEach
    final void openWindow() throws Exception {
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        if (startOn != StartOn.NOTHING) {
            FxToolkit.setupFixture(() -> {
                app = UiFixture.show(stage, store(), startOn.configure, startOn.sample);
                afterStart();
            });
        }
    }

    /** Opens the window on services the test opened itself (damaged, read-only or in use elsewhere). */
    void showOn(FxRobot robot, Services services, AppContext.StoreMode mode) {
        robot.interact(() -> app = UiFixture.showOn(stage, services, mode));
    }

    @AfterEach
    final void closeWindow() throws Exception {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    /**
     * Breaks the b-tree header of a table the screens do not read: the integrity check fails (the store
     * opens damaged, read-only), the rest still reads.
     */
    static void damage(Path store) throws Exception {
        long page = StoreTestSupport.count(store, "SELECT rootpage FROM sqlite_master WHERE name = 'exchange_conflict'");
        long size = StoreTestSupport.count(store, "PRAGMA page_size");
        try (RandomAccessFile f = new RandomAccessFile(store.toFile(), "rw")) {
            f.seek((page - 1) * size);
            f.write(new byte[] {0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f});
        }
    }
}
