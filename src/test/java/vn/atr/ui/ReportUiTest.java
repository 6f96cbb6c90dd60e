package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.domain.ReportPeriod;
import vn.atr.store.StoreTestSupport;

/** The report screen on the 2023 sample: figures, the compiler's text saved per period, both files exported. */
class ReportUiTest extends UiTestBase {
    ReportUiTest() {
        super(StartOn.SAMPLE);
    }

    @Test
    void saveTheTextAndExportBothFiles(FxRobot robot) throws Exception {
        robot.clickOn("#nav-report");
        assertThat(robot.lookup("#report-figure-outreachSessions").queryAs(Label.class).getText()).isEqualTo("54");

        clear(robot, "#report-date .text-field"); // the sample ships its draft: start from empty fields
        clear(robot, "#report-number");
        robot.clickOn("#report-date .text-field").write("31/02/2024");
        robot.clickOn("#report-save");
        assertThat(robot.lookup("#error-reportDate").queryAs(Label.class).getText())
                .isEqualTo("Ngày ban hành: 31/02/2024 không tồn tại: tháng 2/2024 không có ngày 31");
        // nothing saved: the only draft is the sample's own, as loaded (version 1)
        assertThat(StoreTestSupport.count(app.store, "SELECT count(*) FROM report_draft WHERE version > 1")).isZero();

        robot.doubleClickOn("#report-date .text-field").eraseText(10).write("05/01/2024");
        robot.clickOn("#report-number").write("05/BC-SYT");
        // the legal basis drafted for 2023 is in the editor to be edited, not only in the exported file
        javafx.scene.control.TextArea basis = robot.lookup("#report-section-LEGAL_BASIS")
                .queryAs(javafx.scene.control.TextArea.class);
        assertThat(basis.getText()).startsWith("Thực hiện Luật Phòng, chống mua bán người số 66/2011/QH12")
                .doesNotContain("53/2024/QH15");
        robot.interact(basis::clear);
        assertThat(basis.getPromptText()).startsWith("Để trống: báo cáo ghi căn cứ theo kỳ báo cáo");
        robot.clickOn("#report-section-LEGAL_BASIS").write("Căn cứ Luật Phòng, chống mua bán người năm 2024;");
        robot.clickOn("#report-save");
        assertThat(StoreTestSupport.text(app.store, "SELECT doc_number FROM report_draft")).isEqualTo("05/BC-SYT");

        Path out = dir.resolve("out");
        TextField folder = robot.lookup("#report-folder").queryAs(TextField.class);
        robot.interact(() -> folder.setText(out.toString()));
        robot.clickOn("#report-export");
        assertThat(out.resolve("BaoCao_2023.docx")).isNotEmptyFile();
        assertThat(out.resolve("BaoCao_2023.xlsx")).isNotEmptyFile();
        assertThat(Files.list(out).count()).isEqualTo(2);
        assertThat(robot.lookup("#report-status").queryAs(Label.class).getText()).contains("BaoCao_2023.docx")
                .contains("Báo cáo chưa nộp nên đầu trang 1 ghi \"DỰ THẢO\"");
        assertThat(robot.lookup("#report-open-file").queryButton().isDisabled()).isFalse();
        // the result and its cautions lie below the controls: the page shows them, whatever the window's height
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#report-status").queryAs(Label.class);
        javafx.geometry.Bounds shown = status.getScene().getWindow() == null ? null
                : status.localToScreen(status.getBoundsInLocal());
        javafx.stage.Window window = status.getScene().getWindow();
        assertThat(shown).isNotNull();
        assertThat(shown.getMaxY()).as("the status's bottom within the window")
                .isLessThanOrEqualTo(window.getY() + window.getHeight() + 1);
        assertThat(app.errors).isEmpty();
    }

    @Test
    void sixMonthsWithSmallCountsHiddenAreChosenOnTheScreen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-report");
        @SuppressWarnings("unchecked")
        ComboBox<ReportPeriod> period = robot.lookup("#report-period").queryAs(ComboBox.class);
        assertThat(period.getItems()).contains(ReportPeriod.ofYear(2023), ReportPeriod.ofHalfYear(2023),
                ReportPeriod.ofNineMonths(2023), ReportPeriod.ofQuarter(2023, 3), ReportPeriod.ofMonth(2023, 12));
        robot.interact(() -> period.setValue(ReportPeriod.ofHalfYear(2023)));
        assertThat(app.context.period()).isEqualTo(ReportPeriod.ofHalfYear(2023)); // the whole window follows
        assertThat(robot.lookup("#period-box").queryAs(ComboBox.class).getValue())
                .isEqualTo(ReportPeriod.ofHalfYear(2023));
        long sessions = app.context.services().summary().summary(ReportPeriod.ofHalfYear(2023),
                java.util.Optional.empty()).outreachSessions();
        assertThat(robot.lookup("#report-figure-outreachSessions").queryAs(Label.class).getText())
                .isEqualTo(vn.atr.domain.VnFormats.number(sessions));

        CheckBox suppress = robot.lookup("#report-suppress-small").queryAs(CheckBox.class);
        robot.interact(suppress::requestFocus);
        robot.type(KeyCode.SPACE);
        assertThat(suppress.isSelected()).isTrue();
        Path out = dir.resolve("out6");
        TextField folder = robot.lookup("#report-folder").queryAs(TextField.class);
        robot.interact(() -> folder.setText(out.toString()));
        robot.clickOn("#report-export");
        Path docx = out.resolve("BaoCao_2023-H1.docx");
        assertThat(out.resolve("BaoCao_2023-H1.xlsx")).isNotEmptyFile();
        try (var in = Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("Kết quả công tác phòng, chống mua bán người 6 tháng đầu năm 2023",
                    "(Thời gian chốt số liệu: từ ngày 15/12/2022 đến ngày 14/06/2023)", "được ghi \"< 5\"");
        }
        assertThat(app.errors).isEmpty();
    }

    @Test
    void submitLocksTheReportAndReopenUnlocksIt(FxRobot robot) throws Exception {
        robot.clickOn("#nav-report");
        clear(robot, "#report-number"); // the sample ships its draft: start from an empty number
        robot.clickOn("#report-number").write("07/BC-SYT");
        robot.clickOn("#report-submit");
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .startsWith("Nộp báo cáo kỳ 15/12/2022 - 14/12/2023?")
                .as("the sample's draft is complete as typed: no part to write").doesNotContain("chưa viết");
        robot.clickOn("#confirm-no");
        clear(robot, "#report-number"); // the number emptied on screen, not saved: the question says so
        robot.clickOn("#report-submit");
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .contains("Báo cáo còn phần chưa viết: số văn bản.");
        robot.clickOn("#confirm-no");
        robot.clickOn("#report-number").write("07/BC-SYT");
        // cancelled: nothing submitted, nothing saved, still editable
        assertThat(StoreTestSupport.count(app.store, "SELECT count(*) FROM report_draft WHERE status = 'SUBMITTED'"))
                .isZero();
        assertThat(robot.lookup("#report-submit").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#report-number").queryAs(TextField.class).isEditable()).isTrue();
        robot.clickOn("#report-submit");
        robot.clickOn("#confirm-yes");
        assertThat(StoreTestSupport.text(app.store, "SELECT status FROM report_draft")).isEqualTo("SUBMITTED");
        assertThat(StoreTestSupport.text(app.store, "SELECT doc_number FROM report_draft")).isEqualTo("07/BC-SYT");
        assertThat(StoreTestSupport.text(app.store, "SELECT frozen_figures FROM report_draft")).contains("\"cases\":3");
        Label note = robot.lookup("#report-submission").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).contains("Báo cáo đã nộp ngày", "số liệu chốt khi nộp");
        assertThat(robot.lookup("#report-number").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#report-save").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#report-submit").queryButton().isDisabled()).isTrue();

        robot.clickOn("#report-reopen");
        robot.clickOn("#confirm-no"); // cancelled: still submitted and locked
        assertThat(StoreTestSupport.text(app.store, "SELECT status FROM report_draft")).isEqualTo("SUBMITTED");
        assertThat(robot.lookup("#report-number").queryAs(TextField.class).isEditable()).isFalse();
        robot.clickOn("#report-reopen");
        robot.clickOn("#confirm-yes");
        assertThat(StoreTestSupport.text(app.store, "SELECT status FROM report_draft")).isEqualTo("DRAFT");
        assertThat(StoreTestSupport.count(app.store, "SELECT count(*) FROM report_draft WHERE frozen_figures IS NULL"))
                .isEqualTo(1);
        assertThat(robot.lookup("#report-number").queryAs(TextField.class).isEditable()).isTrue();
        assertThat(robot.lookup("#report-submission").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#report-status").queryAs(Label.class).getText()).contains("mở lại");
        assertThat(StoreTestSupport.count(app.store,
                "SELECT count(*) FROM audit_log WHERE action IN ('report.submit', 'report.reopen')")).isEqualTo(2);
        assertThat(app.errors).isEmpty();
    }

    private static void clear(FxRobot robot, String query) {
        javafx.scene.control.TextField field = robot.lookup(query).queryAs(javafx.scene.control.TextField.class);
        robot.interact(field::clear);
    }
}
