package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.domain.DirectionDocument;

/**
 * A direction document entered from the keyboard on its screen is stored through the service and drafts the
 * report's direction section; a missing number is refused under its field with nothing stored.
 */
class DocumentUiTest extends UiTestBase {
    DocumentUiTest() {
        super(StartOn.SAMPLE);
    }

    @Test
    void aDocumentTypedOnItsScreenReachesTheReport(FxRobot robot) {
        robot.clickOn("#nav-documents");
        assertThat(robot.lookup("#document-table").queryTableView().getItems()).hasSize(1); // the sample's plan
        robot.clickOn("#document-add");
        robot.clickOn("#form-issuedOn .text-field").write("05/03/2023");
        robot.clickOn("#form-issuer").write("Sở Lao động - Thương binh và Xã hội");
        robot.clickOn("#form-documentTitle").write("triển khai Tháng hành động phòng, chống mua bán người");
        robot.clickOn("#form-documentNumber").type(KeyCode.ENTER);
        assertThat(robot.lookup("#error-documentNumber").queryLabeled().getText())
                .isEqualTo("Số, ký hiệu văn bản: bắt buộc phải nhập");
        assertThat(robot.lookup("#document-table").queryTableView().getItems()).hasSize(1);

        robot.clickOn("#form-documentNumber").write("512/SLĐTBXH-PCTNXH").type(KeyCode.ENTER);
        assertThat(robot.lookup("#document-table").queryTableView().getItems()).hasSize(2);
        var period = app.context.period();
        assertThat(app.context.services().report().documents().issuedIn(period)).extracting(DirectionDocument::number)
                .contains("512/SLĐTBXH-PCTNXH");
        assertThat(app.context.services().report().build(period, java.util.Optional.empty()).draft()
                .section(vn.atr.domain.ReportDraft.Section.DIRECTION).orElseThrow()).contains("512/SLĐTBXH-PCTNXH");
        assertThat(app.errors).isEmpty();
    }

    @Test
    void aTargetTypedFromTheKeyboardBelowTheDocumentsIsStoredForThePeriodsYear(FxRobot robot) {
        robot.clickOn("#nav-documents");
        var targets = robot.lookup("#target-table").queryTableView();
        assertThat(targets.getItems()).isEmpty();
        assertThat(((javafx.scene.control.Label) targets.getPlaceholder()).getText()).startsWith("Năm 2023 chưa có chỉ tiêu");
        robot.clickOn("#target-add");
        javafx.scene.control.ComboBox<?> indicator = robot.lookup("#form-indicator").queryComboBox();
        robot.clickOn(indicator); // the list opens; type to find in it
        robot.write("lop");
        robot.type(KeyCode.SPACE);
        robot.write("tap").type(KeyCode.ENTER);
        assertThat(String.valueOf(indicator.getValue())).isEqualTo("Lớp tập huấn (lớp)");
        robot.clickOn("#form-target").write("4").type(KeyCode.ENTER);
        assertThat(targets.getItems()).hasSize(1);
        assertThat(app.context.services().report().targets().forYear(2023))
                .containsExactly(new vn.atr.domain.IndicatorTarget(2023, "TRAINING", 4));
        assertThat(robot.lookup("#target-table .table-row-cell .table-cell").queryLabeled().getText()).isEqualTo("2023");
        robot.clickOn("Lớp tập huấn").type(KeyCode.DELETE);
        robot.clickOn("#confirm-yes");
        assertThat(targets.getItems()).isEmpty();
        assertThat(app.context.services().report().targets().forYear(2023)).isEmpty();
        assertThat(app.errors).isEmpty();
    }
}
