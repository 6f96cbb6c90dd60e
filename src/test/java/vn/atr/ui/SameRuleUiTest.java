package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.service.xlsximport.XlsxProblem;
import vn.atr.store.StoreTestSupport;
import vn.atr.ui.common.Choice;

/**
 * The same invalid activity (14/12/2023 for a ward that exists from 01/07/2025) typed in the activity form
 * and brought in a workbook through the Excel screen: both refuse it with the same reason, and nothing is
 * written either way.
 */
class SameRuleUiTest extends UiTestBase {
    private static final String WARD = "10301008"; // Phường Hồng Bàng
    private static final String REASON = "Phường Hồng Bàng chỉ có từ ngày 01/07/2025, không dùng được cho ngày 14/12/2023";

    SameRuleUiTest() {
        super(StartOn.CONFIGURED_STORE);
    }

    @Test
    void theFormAndTheExcelImportRefuseTheSameRecordWithTheSameMessage(FxRobot robot) throws Exception {
        String before = StoreTestSupport.digest(app.store);

        robot.clickOn("#nav-activities");
        robot.clickOn("#activity-add");
        ComboBox<Choice> unit = robot.lookup("#form-unit").queryComboBox();
        Choice ward = unit.getItems().stream().filter(c -> c.code().equals(WARD)).findFirst().orElseThrow();
        robot.interact(() -> unit.getSelectionModel().select(ward));
        ComboBox<?> type = robot.lookup("#form-type").queryComboBox();
        robot.interact(() -> type.getSelectionModel().select(1)); // outreach session
        robot.clickOn("#form-startDate .text-field").write("14/12/2023");
        robot.clickOn("#form-title").write("Tuyên truyền ở tổ dân phố");
        robot.clickOn("#form-participants").write("50");
        robot.type(KeyCode.ENTER);
        String formMessage = robot.lookup("#error-unitCode").queryAs(Label.class).getText();
        assertThat(formMessage).isEqualTo("Đơn vị: " + REASON);
        assertThat(robot.lookup("#form-save").tryQuery()).as("the form stays open").isPresent();
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#confirm-yes");
        assertThat(StoreTestSupport.digest(app.store)).isEqualTo(before);

        Path book = dir.resolve("hoat-dong.xlsx");
        Iterator<List<Object>> rows = List.<List<Object>>of(Arrays.asList(ward.label(), "Buổi tuyên truyền",
                "14/12/2023", null, "Tuyên truyền ở tổ dân phố", null, null, null, null, 50)).iterator();
        app.context.services().xlsx().writeWorkbook(book, Map.of("activities", rows));
        robot.clickOn("#nav-xlsx");
        robot.interact(() -> robot.lookup("#xlsx-file").queryTextInputControl().setText(book.toString()));
        robot.clickOn("#xlsx-check");
        TableView<XlsxProblem> problems = robot.lookup("#xlsx-problems").queryTableView();
        assertThat(problems.getItems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column() + ": " + p.reason()).isEqualTo(formMessage);
        });
        assertThat(robot.lookup("#xlsx-import").queryButton().isDisabled()).isTrue();
        assertThat(StoreTestSupport.digest(app.store)).isEqualTo(before);
        assertThat(app.errors).isEmpty();
    }
}
