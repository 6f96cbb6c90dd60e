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

    /** The notes box keeps Enter for its lines; Tab leaves it as from any field and Ctrl+Enter saves from it. */
    @Test
    void tabLeavesTheNotesAndCtrlEnterSaves(FxRobot robot) {
        robot.clickOn("#nav-metrics");
        robot.clickOn("#metric-add");
        robot.clickOn("#form-value").write("120");
        javafx.scene.control.TextArea notes = robot.lookup("#form-notes").queryAs(javafx.scene.control.TextArea.class);
        robot.clickOn(notes).write("dòng một").type(KeyCode.ENTER).write("dòng hai");
        robot.type(KeyCode.TAB);
        assertThat(notes.isFocused()).as("Tab left the notes").isFalse();
        assertThat(notes.getText()).isEqualTo("dòng một\ndòng hai");
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertThat(notes.isFocused()).as("Shift+Tab came back").isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertThat(robot.lookup("#form-save").tryQuery()).as("saved and closed").isEmpty();
        assertThat(robot.lookup("#metric-table").queryTableView().getItems()).hasSize(1);
        assertThat(app.errors).isEmpty();
    }
}
