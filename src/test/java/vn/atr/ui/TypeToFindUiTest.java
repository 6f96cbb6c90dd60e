package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.ui.common.Choice;

/** Typing on a unit list finds the unit by its name, with or without marks, closed or open, and Backspace steps back. */
class TypeToFindUiTest extends UiTestBase {
    TypeToFindUiTest() {
        super(StartOn.SAMPLE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void typingANamesWordsWithoutMarksPicksTheUnit(FxRobot robot) {
        robot.clickOn("#nav-activities");
        ComboBox<Choice> unit = robot.lookup("#activity-filter-unit").queryAs(ComboBox.class);
        robot.interact(unit::requestFocus);
        robot.write("le");
        robot.type(KeyCode.SPACE);
        robot.write("chan");
        assertThat(unit.getValue().label()).isEqualTo("Phường Lê Chân");
        assertThat(robot.lookup("#activity-filter-unit").queryAs(ComboBox.class).isShowing()).isFalse();
        robot.type(KeyCode.BACK_SPACE, 4); // "le " again, then another name's words
        robot.write("ich");
        assertThat(unit.getValue().label()).isEqualTo("Phường Lê Ích Mộc");

        robot.interact(unit::show); // opening the list starts a new search
        robot.write("hong");
        robot.type(KeyCode.SPACE); // pressed and released as a keyboard does, not only typed
        robot.write("bang");
        assertThat(unit.getValue().label()).isEqualTo("Phường Hồng Bàng");
        assertThat(unit.isShowing()).as("the list stays open while one types").isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(unit.isShowing()).isFalse();
        assertThat(unit.getValue().label()).isEqualTo("Phường Hồng Bàng");

        // words no unit has leave nothing chosen, not the unit their first letters found
        robot.sleep(1100); // a pause starts a new search
        robot.write("hqz");
        assertThat(unit.getValue()).isNull();
        assertThat(app.errors).isEmpty();
    }
}
