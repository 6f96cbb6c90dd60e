package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.Services;
import vn.atr.ui.shell.MainWindow;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ErrorHandler;
import vn.atr.ui.shell.TaskRunner;
import vn.atr.ui.shell.WindowState;

/**
 * The app's start (ADR 0061): the main window's first frame carries the figures but not the charts nor
 * the first-run questions, which follow right after it; later work is no longer held back.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameUiTest {
    @TempDir
    Path dir;
    private Stage stage;
    private AppContext context;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        context.close();
        prefs.removeNode();
    }

    @Test
    void chartsAndFirstRunQuestionsComeAfterTheFirstFrame(FxRobot robot) throws Exception {
        Messages.setLocale(Messages.VIETNAMESE);
        try (Services loaded = Services.open(dir.resolve("atr.db"))) {
            loaded.sample().loadHaiPhong2023();
        }
        // A store with data whose first-run questions are still to be answered (the sample answers them itself).
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("atr.db"));
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM setting WHERE key = 'installation.confirmed'");
        }
        Services services = Services.open(dir.resolve("atr.db"));
        prefs = Preferences.userRoot().node("atr-test-" + UUID.randomUUID());
        ErrorHandler errors = new ErrorHandler();
        context = new AppContext(services, TaskRunner.synchronous(errors), errors, new WindowState(prefs));
        context.periodProperty().set(ReportPeriod.ofYear(2023));
        List<String> before = new ArrayList<>();
        robot.interact(() -> {
            context.waitForFirstFrame(stage);
            MainWindow.show(context, stage);
            before.add("windows=" + Window.getWindows().size());
            before.add("charts=" + robot.lookup(n -> n instanceof ChartViewer).queryAll().size());
        });
        assertThat(before).containsExactly("windows=1", "charts=0");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#first-run").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(n -> n instanceof ChartViewer).queryAll()).hasSize(7);
        boolean[] ran = {false};
        robot.interact(() -> context.afterFirstFrame(() -> ran[0] = true));
        assertThat(ran[0]).isTrue();
    }
}
