package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.domain.ActivityRow;
import vn.atr.store.StoreTestSupport;

/** Entering activities through the real window: list, dashboard, validation, edit and delete. */
class ActivityUiTest extends UiTestBase {
    ActivityUiTest() {
        super(StartOn.CONFIGURED_STORE);
    }

    @Test
    void aNewActivityShowsInTheListAndTheDashboard(FxRobot robot) {
        robot.clickOn("#nav-activities");
        fillNewActivity(robot, "10/03/2023", "1234");
        robot.type(KeyCode.ENTER);

        TableView<ActivityRow> table = robot.lookup("#activity-table").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getItems().get(0).participants()).isEqualTo(1234);
        assertThat(label(robot, "#activity-count")).isEqualTo("1 hoạt động, 1.234 lượt người");
        assertThat(cellText(robot, table, 3)).as("participants").isEqualTo("1.234");
        assertThat(cellText(robot, table, 4)).as("a session's quantity: not counted, left blank").isEmpty();

        robot.clickOn("#nav-dashboard");
        assertThat(label(robot, "#figure-OUTREACH_SESSION-current")).isEqualTo("1");
        assertThat(label(robot, "#figure-OUTREACH_SESSION-participants-current")).isEqualTo("1.234");
        assertThat(app.errors).isEmpty();
    }

    @Test
    void anImpossibleDateAndANegativeCountAreNamedAndNothingIsSaved(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#sample-badge").query().isVisible()).as("a store without the sample").isFalse();
        robot.clickOn("#nav-activities");
        String before = StoreTestSupport.digest(app.store);
        fillNewActivity(robot, "31/11/2023", "-5");
        robot.type(KeyCode.ENTER);

        assertThat(label(robot, "#error-startDate")).isEqualTo("Ngày bắt đầu: 31/11/2023 không tồn tại: tháng 11/2023 không có ngày 31");
        assertThat(label(robot, "#error-participants")).isEqualTo("Số lượt người tham dự: không được là số âm (-5)");
        assertThat(robot.lookup("#form-save").tryQuery()).isPresent();
        assertThat(StoreTestSupport.digest(app.store)).isEqualTo(before);

        // Esc asks before throwing the typed values away; "Tiếp tục sửa" keeps the form open.
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#confirm-no");
        assertThat(robot.lookup("#form-save").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#confirm-yes");
        assertThat(robot.lookup("#form-save").tryQuery()).isEmpty();
        assertThat(StoreTestSupport.digest(app.store)).isEqualTo(before);
    }

    @Test
    void partnersAreTickedWithSpaceEnterOnATopicSavesAndALongLeadOrganisationIsNamedUntilEdited(FxRobot robot) {
        robot.clickOn("#nav-activities");
        fillNewActivity(robot, "10/03/2023", "40");
        robot.clickOn("#form-leadOrg");
        robot.interact(() -> robot.lookup("#form-leadOrg").queryComboBox().getEditor().setText("Sở ".repeat(70)));
        robot.type(KeyCode.ENTER); // in the typed organisation: saves, as everywhere in the form
        javafx.scene.control.Label error = robot.lookup("#error-leadOrg").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("Đơn vị chủ trì: dài quá 200 ký tự");
        assertThat(error.isVisible()).isTrue();
        assertThat(robot.lookup("#form-save").tryQuery()).as("refused, the form stays").isPresent();
        robot.interact(() -> robot.lookup("#form-leadOrg").queryComboBox().getEditor().setText("Đoàn Thanh niên"));
        assertThat(error.isVisible()).as("the message goes with the value it was about").isFalse();

        javafx.scene.control.ListView<?> partners = robot.lookup("#form-partnerOrgs").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> {
            partners.requestFocus();
            partners.getFocusModel().focus(0);
        });
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.ESCAPE); // Esc from the list asks, as from any field; "Tiếp tục sửa" keeps the form
        robot.clickOn("#confirm-no");
        assertThat(robot.lookup("#form-save").tryQuery()).isPresent();
        robot.interact(() -> robot.lookup(".form .check-box").queryAs(javafx.scene.control.CheckBox.class).requestFocus());
        robot.type(KeyCode.ENTER); // on a topic's box: saves, as the form's hint says, rather than ticking it
        TableView<ActivityRow> table = robot.lookup("#activity-table").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        var saved = app.context.services().activities().find(table.getItems().get(0).id()).orElseThrow();
        assertThat(saved.partnerOrgs()).hasSize(1);
        assertThat(saved.topics()).isEmpty();
        assertThat(saved.leadOrg()).isEqualTo("Đoàn Thanh niên");
        assertThat(app.errors).isEmpty();
    }

    @Test
    void aDateFilterThatIsNoDateIsNamedBesideTheFiltersAndShownWhole(FxRobot robot) {
        robot.clickOn("#nav-activities");
        robot.clickOn("#activity-filter-from .text-field").write("31/02/2023");
        robot.clickOn("#activity-filter-apply");
        Label error = robot.lookup("#error-periodFrom").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("Từ ngày: 31/02/2023 không tồn tại: tháng 2/2023 không có ngày 31");
        assertThat(error.getWidth()).as("in the row of filters, as wide as its text").isGreaterThan(200);
        assertThat(app.errors).isEmpty();
    }

    @Test
    void aYearTypedAheadIsRefusedOnTheStartDateWithTodaysDate(FxRobot robot) throws Exception {
        robot.clickOn("#nav-activities");
        String before = StoreTestSupport.digest(app.store);
        java.time.LocalDate typo = java.time.LocalDate.now().plusYears(36);
        fillNewActivity(robot, vn.atr.domain.VnFormats.date(typo), "20");
        robot.type(KeyCode.ENTER);

        assertThat(label(robot, "#error-startDate")).startsWith("Ngày bắt đầu: ngày " + vn.atr.domain.VnFormats.date(typo)
                + " chưa đến: hôm nay là " + vn.atr.domain.VnFormats.date(java.time.LocalDate.now()));
        if (System.getProperty("atr.screenshots") != null) { // to look at it: -Datr.screenshots=DIR
            Screenshots.snap(robot.lookup("#error-startDate").query().getScene(),
                    java.nio.file.Path.of(System.getProperty("atr.screenshots"), "activity-future-date.png"));
        }
        assertThat(StoreTestSupport.digest(app.store)).isEqualTo(before);
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#confirm-yes");
        assertThat(app.errors).isEmpty();
    }

    @Test
    void editAndDeleteWithConfirmation(FxRobot robot) throws Exception {
        robot.clickOn("#nav-activities");
        fillNewActivity(robot, "10/03/2023", "30");
        robot.type(KeyCode.ENTER);
        TableView<ActivityRow> table = robot.lookup("#activity-table").queryTableView();

        robot.clickOn("Tuyên truyền tại chợ");
        robot.clickOn("#activity-edit");
        robot.doubleClickOn("#form-participants").eraseText(3).write("45");
        robot.clickOn("#form-save");
        assertThat(table.getItems().get(0).participants()).isEqualTo(45);
        assertThat(StoreTestSupport.count(app.store, "SELECT version FROM activity")).isEqualTo(2);

        robot.clickOn("Tuyên truyền tại chợ");
        assertThat(table.getSelectionModel().getSelectedItem()).isNotNull();
        robot.clickOn("#activity-delete");
        robot.clickOn("#confirm-no");
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn("#activity-delete");
        robot.clickOn("#confirm-yes");
        assertThat(table.getItems()).isEmpty();
        assertThat(StoreTestSupport.count(app.store, "SELECT count(*) FROM activity WHERE deleted = 1")).isEqualTo(1);
    }

    /** The same activity typed a second time: the form asks, Enter keeps editing, "Vẫn lưu" saves the second. */
    @Test
    void anActivityTypedTwiceIsAskedAboutAndEnterKeepsEditing(FxRobot robot) throws Exception {
        robot.clickOn("#nav-activities");
        fillNewActivity(robot, "10/03/2023", "85");
        robot.type(KeyCode.ENTER);
        TableView<ActivityRow> table = robot.lookup("#activity-table").queryTableView();
        assertThat(table.getItems()).hasSize(1);

        String before = StoreTestSupport.digest(app.store);
        fillNewActivity(robot, "10/03/2023", "85");
        robot.type(KeyCode.ENTER);
        javafx.scene.control.DialogPane question = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(question.getContentText()).contains("giống một bản ghi đã lưu", "10/03/2023", "Tuyên truyền tại chợ",
                "85 người tham dự");
        robot.type(KeyCode.ENTER); // the safe answer
        assertThat(robot.lookup("#form-save").tryQuery()).as("the form stays open as typed").isPresent();
        assertThat(StoreTestSupport.digest(app.store)).isEqualTo(before);

        robot.type(KeyCode.ENTER);
        robot.clickOn("#confirm-yes");
        assertThat(robot.lookup("#form-save").tryQuery()).isEmpty();
        assertThat(table.getItems()).as("two sessions the user says are two").hasSize(2);
        assertThat(app.errors).isEmpty();
    }

    private static void fillNewActivity(FxRobot robot, String date, String participants) {
        robot.clickOn("#activity-add");
        ComboBox<?> type = robot.lookup("#form-type").queryComboBox();
        robot.interact(() -> type.getSelectionModel().select(1)); // the second built-in type: outreach session
        robot.clickOn("#form-startDate .text-field").write(date);
        robot.clickOn("#form-title").write("Tuyên truyền tại chợ");
        robot.clickOn("#form-participants").write(participants);
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The text shown in the first row's cell of column {@code column}. */
    private static String cellText(FxRobot robot, TableView<ActivityRow> table, int column) {
        return robot.from(table).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getIndex() == 0 && c.getTableColumn() == table.getColumns().get(column))
                .map(c -> c.getText() == null ? "" : c.getText()).findFirst().orElseThrow();
    }
}
