package vn.atr.ui.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.Organisation;
import vn.atr.domain.ValidationException;
import vn.atr.ui.ViewModelFixture;

/** The reference screen's lists, forms and actions on a real store, without JavaFX. */
class ReferenceViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(false);
    private ReferenceViewModel model;

    @BeforeEach
    void open() {
                model = new ReferenceViewModel(vm.context);
    }

    @Test
    void readsTheThreeListsInOneTask() {
        int before = vm.tasksRun();
        model.refresh();
        assertThat(vm.tasksRun()).isEqualTo(before + 1);
        assertThat(model.units()).extracting(AdminUnit::code).contains("04", "303");
        assertThat(model.organisations()).isNotEmpty();
        assertThat(model.agencyValue("issuingAgency")).isEqualTo("SỞ Y TẾ");
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void anOrganisationNeedsACodeAndANameOnEveryPath() {
        model.refresh();
        var edit = model.editOrganisation(null);
        assertThat(edit.submit(vm.context.tasks(), o -> { })).isFalse();
        assertThat(edit.form().errors().messages())
                .containsEntry("code", "Mã: bắt buộc phải nhập")
                .containsEntry("name", "Tên: bắt buộc phải nhập");
        edit.form().set("code", "CA-HP").set("name", "Công an thành phố");
        assertThat(edit.submit(vm.context.tasks(), o -> { })).isTrue();
        model.refresh();
        assertThat(model.organisations()).extracting(Organisation::code).contains("CA-HP");

        model.retireOrganisation(model.organisations().stream().filter(o -> o.code().equals("CA-HP")).findFirst()
                .orElseThrow());
        assertThat(model.organisations()).filteredOn(o -> o.code().equals("CA-HP")).extracting(Organisation::active)
                .containsExactly(false);
        // the command line and any other caller meet the same rule in the service
        assertThatThrownBy(() -> vm.unwatched(() -> {
            vm.context.services().reference().saveOrganisation(new Organisation("X", " ", null, true));
            return null;
        })).isInstanceOf(ValidationException.class).hasMessageContaining("Tên");
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void theAgencyFormStartsFromTheSettingsReadAndNeedsTheIssuingAgency() {
        assertThat(model.editAgency()).as("nothing to edit before the settings are read").isNull();
        model.refresh();
        var edit = model.editAgency();
        assertThat(edit.form().text("issuingAgency")).isEqualTo("SỞ Y TẾ");
        edit.form().set("issuingAgency", " ");
        assertThat(edit.submit(vm.context.tasks(), a -> { })).isFalse();
        assertThat(edit.form().errors().messages())
                .containsEntry("issuingAgency", "Cơ quan ban hành báo cáo: bắt buộc phải nhập");
        edit.form().set("issuingAgency", "SỞ LAO ĐỘNG").set("signerName", "Nguyễn Văn A");
        assertThat(edit.submit(vm.context.tasks(), a -> { })).isTrue();
        model.refresh();
        assertThat(model.agencyValue("issuingAgency")).isEqualTo("SỞ LAO ĐỘNG");
        assertThat(model.agencyValue("signerName")).isEqualTo("Nguyễn Văn A");
        assertThat(vm.unwatched(() -> vm.context.services().reference().agency().installationUnitCode()))
                .as("the unit is kept").isEqualTo("04");
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void aUnitIsRetiredNotDeletedAndItsDatesAreChecked() {
        model.refresh();
        AdminUnit hongBang = model.units().stream().filter(u -> u.code().equals("303")).findFirst().orElseThrow();
        var edit = model.editUnit(hongBang);
        edit.form().set("validFrom", "01/07/2025").set("validTo", "30/06/2025");
        assertThat(edit.submit(vm.context.tasks(), u -> { })).isFalse();
        assertThat(edit.form().errors().messages()).containsKey("validTo");

        model.retireUnit(hongBang, LocalDate.of(2025, 6, 30));
        assertThat(model.units()).filteredOn(u -> u.code().equals("303")).extracting(AdminUnit::validTo)
                .containsExactly(LocalDate.of(2025, 6, 30));
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void theWatchSeesAStoreReadOutsideTheTaskRunner() {
        vm.context.services().reference().agency();
        assertThat(vm.readsOutsideTasks()).singleElement().asString()
                .startsWith(ReferenceViewModelTest.class.getName() + ".theWatchSeesAStoreReadOutsideTheTaskRunner");
    }
}
