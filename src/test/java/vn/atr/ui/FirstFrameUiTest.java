package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
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
 * the first-run questions, which follow right after it; later work is no longer held back. The window
 * opens on the latest year with data.
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
        Services services = Services.open(dir.resolve("atr.db"));
        // a new store: one made from the sample is set up and asks nothing (SampleStartUiTest)
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

    /**
     * A store made by {@code atr sample} opens ready: on the sample's year, with its figures, without the
     * first-run questions, and with no change shown against the empty year before it.
     */
    @Test
    void opensOnTheLatestYearWithDataAndKeepsTheUsersChoiceWhereItHasData(FxRobot robot) throws Exception {
        Messages.setLocale(Messages.VIETNAMESE);
        Services services = Services.open(dir.resolve("atr.db"));
        services.sample().loadHaiPhong2023(); // what `atr sample` does
        prefs = Preferences.userRoot().node("atr-test-" + UUID.randomUUID());
        WindowState state = new WindowState(prefs);
        state.setReportYear(2026); // chosen last in another store: nothing here that year
        context = new AppContext(services, TaskRunner.synchronous(new ErrorHandler()), new ErrorHandler(), state);
        robot.interact(() -> MainWindow.show(context, stage));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.period()).isEqualTo(ReportPeriod.ofYear(2023));
        assertThat(state.reportYear(0)).as("the store's year is not taken for the user's choice").isEqualTo(2026);
        assertThat(robot.lookup("#first-run").tryQuery()).isEmpty();
        robot.clickOn("#nav-dashboard");
        assertThat(text(robot, "#figure-OUTREACH_SESSION-current")).isEqualTo("54");
        assertThat(text(robot, "#figure-LEGAL_DOCUMENT-current")).isNotEqualTo("0");
        assertThat(text(robot, "#figure-WEBSITE_VISITS-current")).isNotEqualTo("0");
        // the key figures follow the catalogue, a heading for each group with data
        assertThat(text(robot, "#figure-group-MEDIA")).isEqualTo(Messages.get("enum.IndicatorGroup.MEDIA"));
        assertThat(text(robot, "#figure-group-TRAINING")).isEqualTo(Messages.get("enum.IndicatorGroup.TRAINING"));
        assertThat(text(robot, "#figure-group-cases")).isEqualTo("Vụ việc, nạn nhân và hỗ trợ");
        assertThat(text(robot, "#figure-LEGAL_DOCUMENT-change")).isEqualTo("-");
        assertThat(text(robot, "#figure-OUTREACH_SESSION-participants-previous")).as("no data then: no figure").isEqualTo("-");
        assertThat(text(robot, "#figure-OUTREACH_SESSION-participants-change")).isEqualTo("-");
        assertThat(robot.lookup("#figure-OUTREACH_SESSION-participants-change").queryAs(Label.class).getStyleClass())
                .contains("change-none").doesNotContain("change-up");
        assertThat(text(robot, "#dashboard-note")).contains("chưa có số liệu");

        // A year the user picks is remembered; against a year with data the change is shown again.
        assertThat(robot.lookup("#dashboard-charts").query().isVisible()).isTrue();
        robot.interact(() -> context.periodProperty().set(ReportPeriod.ofYear(2024)));
        assertThat(state.reportYear(0)).isEqualTo(2024);
        assertThat(robot.lookup("#dashboard-charts").query().isVisible()).as("a year without data: no empty charts")
                .isFalse();
        assertThat(text(robot, "#figure-OUTREACH_SESSION-change")).isEqualTo("-54 (-100%)");
        assertThat(robot.lookup("#figure-OUTREACH_SESSION-change").queryAs(Label.class).getStyleClass())
                .contains("change-down");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
