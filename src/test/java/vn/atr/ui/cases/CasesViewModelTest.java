package vn.atr.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.ReportPeriod;
import vn.atr.ui.ViewModelFixture;

/** Cases of the period, the selected case's victims and the selected victim's support, without JavaFX. */
class CasesViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(true);
    private CasesViewModel model;

    @BeforeEach
    void open() {
                vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model = new CasesViewModel(vm.context);
    }

    @Test
    void followsTheSelectionDownToSupportOffTheFxThread() {
        model.load();
        assertThat(model.cases).hasSize(3);
        assertThat(model.defaultUnit()).isEqualTo("04");
        model.selectedCase.set(model.cases.get(0));
        assertThat(model.victims).isNotEmpty();
        model.selectedVictim.set(model.victims.get(0));
        assertThat(model.support).isNotEmpty();
        model.selectedCase.set(null);
        assertThat(model.victims).isEmpty();
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void aVictimFormAddsToTheSelectedCaseOnceTheDomainRulesAcceptIt() {
        model.load();
        model.selectedCase.set(model.cases.get(0));
        int before = model.victims.size();
        var edit = model.editVictim(null);
        edit.form().set("victimCode", "NN-2023-99").set("birthYear", "1850");
        assertThat(edit.submit(vm.context.tasks(), v -> { })).isFalse();
        assertThat(edit.form().errors().messages()).containsKeys("birthYear", "sex", "ageBand");
        edit.form().set("birthYear", "2001").choose("sex", vn.atr.domain.Sex.values()[0])
                .choose("ageBand", vn.atr.domain.AgeBand.values()[0]).check("traffickedWithinVietnam", true)
                .choose("residenceProvinceCode", "04");
        assertThat(edit.submit(vm.context.tasks(), v -> model.loadVictims())).isTrue();
        assertThat(model.victims).hasSize(before + 1);
        assertThat(vm.shown).isEmpty();
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void aNewCaseStartsInThisInstallationsUnitAndACaseWithVictimsIsNotDeleted() {
        model.load();
        var edit = model.editCase(null);
        assertThat(edit.form().code("unitCode")).isEqualTo("04");
        assertThat(edit.submit(vm.context.tasks(), c -> { })).isFalse();
        assertThat(edit.form().errors().messages()).containsKey("caseCode");
        model.deleteCase(model.cases.get(0)); // refused while it has victims: the message names the case
        assertThat(vm.shown).singleElement().extracting(Throwable::getMessage).asString()
                .contains(model.cases.get(0).caseCode(), "còn nạn nhân");
        assertThat(model.cases).hasSize(3);
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void emptyListsSayWhatToPickOrEnter() {
        model.load();
        assertThat(model.victimsEmpty.get()).isEqualTo("Chọn một vụ việc để xem nạn nhân");
        assertThat(model.supportEmpty.get()).isEqualTo("Chọn một nạn nhân để xem các lần hỗ trợ");
        model.selectedCase.set(model.cases.get(0));
        assertThat(model.victimsEmpty.get()).isEqualTo("Vụ việc này chưa có nạn nhân. Bấm Thêm để nhập nạn nhân.");
        model.selectedVictim.set(model.victims.get(0));
        assertThat(model.supportEmpty.get()).startsWith("Nạn nhân này chưa có lần hỗ trợ nào.");
        vm.context.periodProperty().set(ReportPeriod.ofYear(2022));
        assertThat(model.casesEmpty.get()).isEqualTo("Kỳ " + ReportPeriod.ofYear(2022)
                + " chưa có vụ việc nào. Bấm Thêm để nhập vụ việc, hoặc chọn kỳ khác ở thanh trên cùng.");
    }
}
