package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.atr.domain.ActivityRow;
import vn.atr.store.StoreTestSupport;
import vn.atr.ui.common.Mnemonics;

/** Every step of entering an activity without the mouse: shortcut, mnemonics, typing, Enter. */
@ExtendWith(ApplicationExtension.class)
class KeyboardUiTest {
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
    void anActivityIsCreatedWithTheKeyboardOnly(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(robot.lookup("#nav-activities").queryAs(ToggleButton.class).isSelected()).isTrue();

        alt(robot, KeyCode.T); // _Thêm
        ComboBox<?> type = robot.lookup("#form-type").queryComboBox();
        assertThat(type.isFocused()).isTrue();
        robot.targetWindow(type.getScene().getWindow()); // typed text goes to the form's window
        robot.type(KeyCode.F4).type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(type.getValue()).isNotNull();

        alt(robot, KeyCode.N); // _Ngày
        assertThat(robot.lookup("#form-startDate").queryAs(javafx.scene.control.DatePicker.class).getEditor()
                .isFocused()).as("focus after Alt+N: %s", type.getScene().getFocusOwner()).isTrue();
        robot.write("10/03/2023");
        alt(robot, KeyCode.D); // Nội _dung
        robot.write("Họp dân tổ 5");
        alt(robot, KeyCode.A); // Số lượt người th_am dự
        robot.write("77");
        robot.type(KeyCode.TAB).write("2"); // quantity follows participants in the tab order
        assertThat(robot.lookup("#form-startDate").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText())
                .isEqualTo("10/03/2023");
        assertThat(robot.lookup("#form-title").queryTextInputControl().getText()).isEqualTo("Họp dân tổ 5");
        assertThat(robot.lookup("#form-participants").queryTextInputControl().getText()).isEqualTo("77");
        assertThat(robot.lookup("#form-quantity").queryTextInputControl().getText()).isEqualTo("2");
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#form-save").tryQuery()).isEmpty();
        TableView<ActivityRow> table = robot.lookup("#activity-table").queryTableView();
        assertThat(table.getItems()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Họp dân tổ 5");
            assertThat(r.participants()).isEqualTo(77);
            assertThat(r.quantity()).isEqualTo(2);
            assertThat(r.startDate()).hasToString("2023-03-10");
        });
        assertThat(StoreTestSupport.count(app.store, "SELECT count(*) FROM activity")).isEqualTo(1);
        assertThat(app.errors).isEmpty();
    }

    @Test
    void generatedLabelsGetLettersOfTheirOwn(FxRobot robot) {
        List<Label> labels = new java.util.ArrayList<>();
        robot.interact(() -> {
            labels.addAll(List.of(new Label("Loại hoạt động"), new Label("Lý do"), new Label("Họ tên"),
                    new Label("Đơn vị")));
            Mnemonics.assign(labels, "_Lưu", "_Hủy");
        });
        assertThat(labels).extracting(Label::getText)
                .containsExactly("L_oại hoạt động", "Lý _do", "Họ _tên", "Đơn _vị");
        assertThat(labels).allSatisfy(l -> assertThat(l.isMnemonicParsing()).isTrue());
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
    }
}
