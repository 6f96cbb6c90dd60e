package vn.atr.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.ReportPeriod;
import vn.atr.ui.ViewModelFixture;

/** The report screen's draft, figures and submission on the 2023 sample, without JavaFX. */
class ReportViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(true);
    private ReportViewModel model;

    @BeforeEach
    void open() {
                vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model = new ReportViewModel(vm.context);
    }

    @Test
    void loadsTheFiguresAndSavesTheDraftRefusingAnImpossibleDate() {
        model.load();
        assertThat(model.figures.get().outreachSessions()).isEqualTo(54);
        assertThat(model.submitted.get()).isFalse();

        model.date.set("31/11/2023");
        boolean[] then = {false};
        assertThat(model.saveDraft(() -> then[0] = true)).isFalse();
        assertThat(model.errors().messages()).containsKey("reportDate");

        model.date.set("20/12/2023");
        model.number.set("15/BC-SYT");
        assertThat(model.saveDraft(() -> then[0] = true)).isTrue();
        assertThat(then[0]).isTrue();
        assertThat(model.status.get()).isEqualTo("Đã lưu nội dung báo cáo của kỳ");
        model.load();
        assertThat(model.number.get()).isEqualTo("15/BC-SYT");
        // the two-line title survives the one-line field: shown with " / ", saved with its line break
        assertThat(model.signerTitle.get()).isEqualTo("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC");
        assertThat(vm.unwatched(() -> vm.context.services().report().drafts().get(ReportPeriod.ofYear(2023))
                .signerTitle())).isEqualTo("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void textTypedButNotSavedIsUnsavedAndSurvivesAReload() {
        model.load();
        assertThat(model.dirty()).isFalse();
        model.sections.get(vn.atr.domain.ReportDraft.Section.ASSESSMENT).set("Đánh giá chưa lưu");
        assertThat(model.dirty()).isTrue();
        model.load(); // coming back to the screen: the figures again, the text kept
        assertThat(model.sections.get(vn.atr.domain.ReportDraft.Section.ASSESSMENT).get()).isEqualTo("Đánh giá chưa lưu");
        assertThat(model.dirty()).isTrue();
        assertThat(model.saveDraft(() -> { })).isTrue();
        assertThat(model.dirty()).isFalse();
        assertThat(vm.unwatched(() -> vm.context.services().report().drafts().get(ReportPeriod.ofYear(2023))
                .section(vn.atr.domain.ReportDraft.Section.ASSESSMENT))).contains("Đánh giá chưa lưu");
    }

    @Test
    void draftedTextSavedUnchangedStaysDraftedAndEditedBecomesTheCompilers() {
        var legalBasis = vn.atr.domain.ReportDraft.Section.LEGAL_BASIS;
        model.load();
        String drafted = model.sections.get(legalBasis).get();
        assertThat(drafted).startsWith("Thực hiện Luật Phòng, chống mua bán người số 66/2011/QH12");
        model.number.set("16/BC-SYT");
        assertThat(model.saveDraft(() -> { })).isTrue();
        // stored without it: it keeps following the data (a plan recorded later still reaches it)
        assertThat(vm.unwatched(() -> vm.context.services().report().drafts().get(ReportPeriod.ofYear(2023))
                .section(legalBasis))).isEmpty();
        model.load();
        assertThat(model.sections.get(legalBasis).get()).isEqualTo(drafted);
        assertThat(model.dirty()).isFalse();

        model.sections.get(legalBasis).set(drafted + " Sửa tay.");
        assertThat(model.saveDraft(() -> { })).isTrue();
        assertThat(vm.unwatched(() -> vm.context.services().report().drafts().get(ReportPeriod.ofYear(2023))
                .section(legalBasis))).contains(drafted + " Sửa tay.");
    }

    @Test
    void theChosenTemplateIsRememberedForTheStoreAndDrivesTheExport(@TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path template = dir.resolve("mau-cua-so.docx");
        vm.unwatched(() -> {
            vm.context.services().report().writeTemplate(template);
            return null;
        });
        assertThat(model.templateName.get()).isEqualTo("mẫu mặc định");

        model.chooseTemplate(template);
        assertThat(model.templateName.get()).isEqualTo("mau-cua-so.docx");
        // a new screen on the same store (the next start of the window) has it again
        ReportViewModel again = new ReportViewModel(vm.context);
        assertThat(again.template.get()).isEqualTo(template);
        // another store does not
        assertThat(vm.context.windowState().reportTemplate(dir.resolve("khac.db").toString())).isEmpty();

        // the export asks for it; the service writes the report from it (ReportTemplateTest)
        assertThat(again.request(ReportPeriod.ofYear(2023), dir).template()).contains(template);

        again.chooseTemplate(null);
        assertThat(new ReportViewModel(vm.context).template.get()).isNull();
        assertThat(again.templateName.get()).isEqualTo("mẫu mặc định");
        assertThat(again.request(ReportPeriod.ofYear(2023), dir).template()).isEmpty();
    }

    @Test
    void submitsAndReopensThePeriod() {
        model.load();
        model.submit();
        assertThat(model.submitted.get()).isTrue();
        assertThat(model.submission.get()).isNotBlank();
        model.reopen();
        assertThat(model.submitted.get()).isFalse();
        assertThat(vm.shown).isEmpty();
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void anEmptyPeriodOffersThePreviousPeriodsTextAndSavesItOnlyWhenAsked() {
        model.load();
        assertThat(model.previousOffered.get()).as("2023 has its own text").isFalse();
        String assessment2023 = model.sections.get(vn.atr.domain.ReportDraft.Section.ASSESSMENT).get();

        vm.context.periodProperty().set(ReportPeriod.ofYear(2024));
        model.load();
        assertThat(model.previousOffered.get()).isTrue();
        assertThat(model.sections.get(vn.atr.domain.ReportDraft.Section.ASSESSMENT).get()).isEmpty();
        model.startFromPrevious();
        assertThat(model.previousOffered.get()).isFalse();
        assertThat(model.sections.get(vn.atr.domain.ReportDraft.Section.ASSESSMENT).get()).isEqualTo(assessment2023);
        assertThat(model.signerName.get()).isEqualTo("Nguyễn Văn Minh");
        assertThat(model.status.get()).contains("2023");
        model.load();
        assertThat(model.previousOffered.get()).as("nothing stored before Lưu").isTrue();

        model.startFromPrevious();
        assertThat(model.saveDraft(() -> { })).isTrue();
        model.load();
        assertThat(model.previousOffered.get()).isFalse();
        assertThat(model.sections.get(vn.atr.domain.ReportDraft.Section.ASSESSMENT).get()).isEqualTo(assessment2023);
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }
}
