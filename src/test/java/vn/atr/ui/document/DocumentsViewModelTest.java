package vn.atr.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.DirectionDocument;
import vn.atr.domain.DocumentKind;
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
}
