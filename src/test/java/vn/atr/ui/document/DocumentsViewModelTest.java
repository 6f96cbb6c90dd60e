package vn.atr.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.DirectionDocument;
import vn.atr.domain.DocumentKind;
import vn.atr.domain.IndicatorTarget;
import vn.atr.domain.ReportPeriod;
import vn.atr.ui.ViewModelFixture;

/** The direction documents screen's state and actions on the sample store, without JavaFX. */
class DocumentsViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(true);
    private DocumentsViewModel model;

    @BeforeEach
    void open() {
        vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model = new DocumentsViewModel(vm.context);
    }

    @Test
    void listsThePeriodsDocumentsAndChecksANewOneByTheSameRulesAsTheCommandLine() {
        model.load();
        assertThat(model.documents()).extracting(DirectionDocument::number).containsExactly("75/KH-UBND");

        var edit = model.edit(null);
        assertThat(edit.form().code("unitCode")).isEqualTo("04");
        assertThat(edit.form().enumValue("documentKind", DocumentKind.class)).isEqualTo(DocumentKind.PLAN);
        edit.form().set("issuedOn", "01/01/1999").set("issuer", "Sở Lao động - Thương binh và Xã hội");
        boolean[] saved = {false};
        assertThat(edit.submit(vm.context.tasks(), d -> saved[0] = true)).isFalse();
        assertThat(edit.form().errors().messages())
                .containsEntry("documentNumber", "Số, ký hiệu văn bản: bắt buộc phải nhập")
                .containsEntry("documentTitle", "Trích yếu nội dung: bắt buộc phải nhập")
                .containsKey("issuedOn");
        assertThat(saved[0]).isFalse();

        edit.form().choose("documentKind", DocumentKind.OFFICIAL_LETTER).set("documentNumber", "512/SLĐTBXH-PCTNXH")
                .set("issuedOn", "05/03/2023").set("documentTitle", "về triển khai Tháng hành động");
        assertThat(edit.submit(vm.context.tasks(), d -> saved[0] = true)).isTrue();
        assertThat(saved[0]).isTrue();
        model.refresh();
        assertThat(model.documents()).extracting(DirectionDocument::number)
                .containsExactly("512/SLĐTBXH-PCTNXH", "75/KH-UBND");
        assertThat(model.documents().get(0).title()).isEqualTo("triển khai Tháng hành động");
        assertThat(model.documents().get(0).kind()).isEqualTo(DocumentKind.OFFICIAL_LETTER);

        model.delete(model.documents().get(0));
        assertThat(model.documents()).extracting(DirectionDocument::number).containsExactly("75/KH-UBND");
        vm.context.periodProperty().set(ReportPeriod.ofYear(2020));
        model.refresh();
        assertThat(model.documents()).isEmpty();
        assertThat(vm.readsOutsideTasks()).isEmpty();
        assertThat(vm.shown).isEmpty();
    }

    @Test
    void theYearsTargetsAreAddedEditedAndRemovedAndNoneSilentlyReplacesAnother() {
        model.load();
        assertThat(model.targets()).isEmpty();
        var edit = model.editTarget(null);
        assertThat(edit.form().fields().get(0).choices()).extracting(vn.atr.ui.common.Choice::label)
                .contains("Buổi tuyên truyền (buổi)", "Lớp tập huấn (lớp)");
        edit.form().set("target", "0");
        boolean[] saved = {false};
        assertThat(edit.submit(vm.context.tasks(), t -> saved[0] = true)).isFalse();
        assertThat(edit.form().errors().messages()).containsEntry("indicator", "Chỉ số: bắt buộc phải nhập")
                .containsEntry("target", "Chỉ tiêu kế hoạch: phải lớn hơn 0 (0)");
        edit.form().choose("indicator", "OUTREACH_SESSION").set("target", "50");
        assertThat(edit.submit(vm.context.tasks(), t -> saved[0] = true)).isTrue();
        model.refresh();
        assertThat(model.targets()).containsExactly(new IndicatorTarget(2023, "OUTREACH_SESSION", 50));
        assertThat(model.indicatorName("OUTREACH_SESSION")).isEqualTo("Buổi tuyên truyền");
        assertThat(model.indicatorUnit("OUTREACH_SESSION")).isEqualTo("buổi");

        var again = model.editTarget(null);
        again.form().choose("indicator", "OUTREACH_SESSION").set("target", "70");
        again.submit(vm.context.tasks(), t -> { });
        assertThat(again.form().errors().messages()).as("a second target for the same indicator")
                .containsEntry("indicator", "Chỉ số: Buổi tuyên truyền đã có chỉ tiêu năm 2023 (50): hãy sửa chỉ tiêu đó");
        model.refresh();
        assertThat(model.targets()).containsExactly(new IndicatorTarget(2023, "OUTREACH_SESSION", 50));

        var moved = model.editTarget(model.targets().get(0));
        assertThat(moved.form().number("target")).isEqualTo(50);
        moved.form().choose("indicator", "TRAINING").set("target", "4");
        assertThat(moved.submit(vm.context.tasks(), t -> { })).isTrue();
        model.refresh();
        assertThat(model.targets()).as("moved, not copied").containsExactly(new IndicatorTarget(2023, "TRAINING", 4));
        assertThat(vm.unwatched(() -> new vn.atr.report.ReportSentences(vn.atr.report.ReportText.vietnamese())
                .communication(vm.context.services().report().build(ReportPeriod.ofYear(2023), java.util.Optional.empty()))))
                .contains("So với kế hoạch năm 2023: lớp tập huấn đạt 25% kế hoạch (1/4 lớp).");

        model.deleteTarget(model.targets().get(0));
        assertThat(model.targets()).isEmpty();
        assertThat(vm.readsOutsideTasks()).isEmpty();
        assertThat(vm.shown).isEmpty();
    }
}
