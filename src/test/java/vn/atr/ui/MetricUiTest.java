package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Website visits entered as a metric reach the dashboard. */
class MetricUiTest extends UiTestBase {
    MetricUiTest() {
        super(StartOn.CONFIGURED_STORE);
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
