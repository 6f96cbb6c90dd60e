package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Website visits entered as a metric reach the dashboard. */
@ExtendWith(ApplicationExtension.class)
class MetricUiTest {
    @TempDir
    Path dir;
    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = UiFixture.show(stage, dir.resolve("atr.db"), true, false);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void aMetricForThePeriod(FxRobot robot) {
        robot.clickOn("#nav-metrics");
        robot.clickOn("#metric-add");
        robot.clickOn("#form-value").write("50640").type(KeyCode.ENTER);
        assertThat(robot.lookup("#metric-table").queryTableView().getItems()).hasSize(1);
        robot.clickOn("#nav-settings"); // websiteVisits is not among the dashboard's figures: check the summary
        assertThat(app.context.services().summary().summary(app.context.period(), java.util.Optional.empty())
                .websiteVisits()).isEqualTo(50_640);
        assertThat(app.errors).isEmpty();
        assertThat(robot.lookup("#status-period").queryAs(Label.class).getText()).contains("14/12/2023");
    }
}
