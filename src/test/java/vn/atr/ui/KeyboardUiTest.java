package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.Mnemonic;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.domain.ActivityRow;
import vn.atr.domain.Messages;
import vn.atr.domain.TraffickingCase;
import vn.atr.store.StoreTestSupport;
import vn.atr.ui.common.Mnemonics;
import vn.atr.ui.shell.AppContext;

/** Every step of entering an activity without the mouse: shortcut, mnemonics, typing, Enter. */
class KeyboardUiTest extends UiTestBase {
    KeyboardUiTest() {
        super(StartOn.CONFIGURED_STORE);
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
        javafx.scene.control.TextArea notes = robot.lookup("#form-notes").queryAs(javafx.scene.control.TextArea.class);
        robot.interact(notes::requestFocus);
        robot.write("ghi chú").type(KeyCode.TAB);
        assertThat(notes.isFocused()).as("Tab leaves the notes").isFalse();
        assertThat(notes.getText()).isEqualTo("ghi chú");
        assertThat(robot.lookup("#form-startDate").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText())
                .isEqualTo("10/03/2023");
        assertThat(robot.lookup("#form-title").queryTextInputControl().getText()).isEqualTo("Họp dân tổ 5");
        assertThat(robot.lookup("#form-participants").queryTextInputControl().getText()).isEqualTo("77");
        assertThat(robot.lookup("#form-quantity").queryTextInputControl().getText()).isEqualTo("2");
        // the partners' list is one stop for Tab: its rows' boxes do not catch it (typing then ticked them)
        javafx.scene.control.ListView<?> partners = robot.lookup("#form-partnerOrgs").queryListView();
        robot.interact(partners::requestFocus);
        robot.type(KeyCode.TAB);
        javafx.scene.Node after = partners.getScene().getFocusOwner();
        assertThat(after).as("focus after Tab: %s", after).isNotInstanceOf(javafx.scene.control.CheckBox.class);
        assertThat(partners.isFocused()).isFalse();
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

        // Reached with the keyboard, the list has its first row chosen: Enter edits it, no row is skipped.
        robot.interact(() -> table.getSelectionModel().clearSelection());
        robot.interact(() -> robot.lookup("#activity-search").query().requestFocus());
        robot.interact(table::requestFocus);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#form-title").queryTextInputControl().getText()).isEqualTo("Họp dân tổ 5");
        robot.type(KeyCode.ESCAPE);
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

    @Test
    void theActivityFiltersAreReachedByTheirOwnLetters(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Scene scene = robot.lookup("#activity-table").query().getScene();
        assertThat(sharedMnemonics(scene)).isEmpty();

        alt(robot, KeyCode.M); // Tì_m
        assertThat(robot.lookup("#activity-search").query().isFocused()).isTrue();
        robot.write("chợ");
        alt(robot, KeyCode.O); // L_oại
        assertThat(robot.lookup("#activity-filter-type").query().isFocused()).isTrue();
        alt(robot, KeyCode.V); // Đơn _vị
        assertThat(robot.lookup("#activity-filter-unit").query().isFocused()).isTrue();
        alt(robot, KeyCode.N); // Từ _ngày
        assertThat(robot.lookup("#activity-filter-from").queryAs(DatePicker.class).getEditor().isFocused()).isTrue();
        alt(robot, KeyCode.Y); // đến ngà_y
        assertThat(robot.lookup("#activity-filter-to").queryAs(DatePicker.class).getEditor().isFocused()).isTrue();
        assertThat(robot.lookup("#activity-search").queryTextInputControl().getText()).isEqualTo("chợ");
    }

    /** From a row of one screen to another screen (Ctrl+4, then Ctrl+1): an arrow key moves in the new screen. */
    @Test
    void aScreenOpenedFromAnotherScreensFieldTakesTheFocusAndArrowsLeaveThePeriodAlone(FxRobot robot) {
        app.context.services().sample().loadHaiPhong2023();
        var period = app.context.period();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#metric-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#nav-settings"); // from the list of screens too: the shortcut's screen takes the focus
        for (KeyCode digit : new KeyCode[] {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3}) {
            robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#period-box").query().isFocused()).as("after " + digit).isFalse();
            javafx.scene.Node focused = robot.lookup("#period-box").query().getScene().getFocusOwner();
            assertThat(focused == null ? "" : String.valueOf(focused.getId())).as("after " + digit).doesNotStartWith("nav-");
            if (digit == KeyCode.DIGIT3) { // the list itself once the screen is laid out (a first opening loads it)
                javafx.scene.Node table = robot.lookup("#case-table").query();
                robot.interact(() -> { });
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                javafx.scene.Node now = table.getScene().getFocusOwner();
                assertThat(now).as("within the cases screen").isNotNull();
                boolean inScreen = false; // the screen's list, or (a first opening still loading) the screen itself
                for (javafx.scene.Node n = now; n != null; n = n.getParent()) {
                    inScreen |= n.getParent() != null && n.getParent().getStyleClass().contains("content");
                }
                assertThat(inScreen).as("focus in the cases screen, not " + now).isTrue();
            }
            robot.type(KeyCode.DOWN);
            assertThat(app.context.period()).as("after " + digit).isEqualTo(period);
        }
    }

    @Test
    void theThreeCaseListsShareNoLetterAndAltTAddsToTheListInHand(FxRobot robot) {
        app.context.services().sample().loadHaiPhong2023();
        // from the period box: the screen opened takes the focus, and an arrow key then leaves the period alone
        robot.interact(() -> robot.lookup("#period-box").query().requestFocus());
        var period = app.context.period();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#period-box").query().isFocused()).isFalse();
        robot.type(KeyCode.DOWN);
        assertThat(app.context.period()).isEqualTo(period);
        TableView<TraffickingCase> cases = robot.lookup("#case-table").queryTableView();
        Scene scene = cases.getScene();
        assertThat(sharedMnemonics(scene)).isEmpty();
        assertThat(robot.lookup("#case-add").queryButton().getText()).isEqualTo("_Thêm");
        assertThat(robot.lookup("#victim-add").queryButton().getText()).isEqualTo("Thêm");

        alt(robot, KeyCode.V); // _Vụ việc phát hiện trong kỳ
        assertThat(cases.isFocused()).isTrue();
        robot.interact(() -> cases.getSelectionModel().select(cases.getItems().stream()
                .filter(c -> c.caseCode().equals("HP-2023-01")).findFirst().orElseThrow()));
        alt(robot, KeyCode.N); // _Nạn nhân của vụ việc đang chọn
        TableView<?> victims = robot.lookup("#victim-table").queryTableView();
        assertThat(victims.isFocused()).isTrue();
        assertThat(victims.getItems()).hasSize(2);
        assertThat(robot.lookup("#case-add").queryButton().getText()).isEqualTo("Thêm");
        assertThat(robot.lookup("#victim-add").queryButton().getText()).isEqualTo("_Thêm");
        assertThat(sharedMnemonics(scene)).isEmpty();

        alt(robot, KeyCode.T); // _Thêm, now the victims'
        assertThat(robot.lookup("#form-victimCode").tryQuery()).isPresent();
        assertThat(robot.lookup("#form-caseCode").tryQuery()).isEmpty();
        robot.targetWindow(robot.lookup("#form-victimCode").query().getScene().getWindow());
        robot.type(KeyCode.ESCAPE); // nothing typed: closes at once
        assertThat(robot.lookup("#form-victimCode").tryQuery()).isEmpty();
        assertThat(app.errors).isEmpty();
    }

    @Test
    void noTwoControlsOnAnyScreenShareALetter(FxRobot robot) {
        app.context.services().sample().loadHaiPhong2023(); // lists with rows
        Map<String, Map<String, List<String>>> shared = new TreeMap<>();
        everyScreen(robot, "", shared);
        // Read-only, the banner's restore button joins every screen (the store is not touched).
        robot.interact(() -> {
            app.context.storeModeProperty().set(AppContext.StoreMode.DAMAGED);
            app.context.navigator().reload(); // the window as it opens on a damaged store
        });
        assertThat(robot.lookup("#banner-restore").query().isVisible()).isTrue();
        everyScreen(robot, " (read-only)", shared);
        robot.interact(() -> {
            Messages.setLocale(Locale.ENGLISH);
            app.context.navigator().reload();
        });
        everyScreen(robot, " (English, read-only)", shared);
        assertThat(shared).isEmpty();
    }

    private static void everyScreen(FxRobot robot, String note, Map<String, Map<String, List<String>>> shared) {
        for (Node nav : robot.lookup(".nav-button").queryAll()) {
            robot.clickOn(nav);
            Map<String, List<String>> onScreen = sharedMnemonics(nav.getScene());
            if (!onScreen.isEmpty()) {
                shared.put(nav.getId() + note, onScreen);
            }
        }
    }

    /**
     * The Alt+letters that more than one shown control answers to, enabled or not (Alt would only cycle
     * between them when both are enabled, and which are depends on the state of the screen).
     */
    private static Map<String, List<String>> sharedMnemonics(Scene scene) {
        Map<String, List<String>> byLetter = new TreeMap<>(); // Alt+'L' and Alt+'l' are the same key
        scene.getMnemonics().forEach((keys, mnemonics) -> mnemonics.stream().map(Mnemonic::getNode)
                .filter(KeyboardUiTest::shown).forEach(n -> byLetter.computeIfAbsent(
                        keys.getName().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(describe(n))));
        byLetter.values().removeIf(nodes -> nodes.size() < 2);
        return byLetter;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static String describe(Node node) {
        String text = node instanceof javafx.scene.control.Labeled l ? l.getText() : "";
        return (node.getId() != null ? node.getId() : node.getClass().getSimpleName()) + " " + text;
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
    }
}
