package vn.atr.ui.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.AtrException;
import vn.atr.domain.access.Role;
import vn.atr.domain.access.UserAccount;
import vn.atr.ui.ViewModelFixture;
import vn.atr.ui.common.Choice;

/** The users screen for the administrator: list, role in words, add, new password, disable. */
class UsersViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(false);
    private UsersViewModel model;

    @BeforeEach
    void open() {
                vm.unwatched(() -> {
            vm.context.services().auth().createFirstAdministrator("admin", "mat-khau-quan-tri".toCharArray());
            vm.context.services().auth().login("admin", "mat-khau-quan-tri".toCharArray());
            return null;
        });
        model = new UsersViewModel(vm.context);
    }

    @Test
    void listsUsersAndDescribesTheSelectedRole() {
        model.refresh();
        assertThat(model.users()).extracting(UserAccount::name).containsExactly("admin");
        assertThat(model.units()).extracting(Choice::code).contains("04");
        assertThat(model.roleInfo().get()).isEmpty();
        model.selected().set(model.users().get(0));
        assertThat(model.roleInfo().get()).startsWith("Vai trò").isEqualTo(UsersViewModel.describe(Role.ADMINISTRATOR));
        assertThat(model.state(model.users().get(0))).isEqualTo("đang dùng");
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void addsACommuneStaffMemberWithTheirUnitAndDisablesThem() {
        model.refresh();
        Choice unit = model.units().stream().filter(c -> c.code().equals("305")).findFirst().orElseThrow();
        vm.context.tasks().run(() -> {
            model.add("  minh ", Role.COMMUNE_STAFF, unit, "mat-khau-cua-minh".toCharArray());
            return null;
        }, x -> model.refresh());
        UserAccount minh = model.users().stream().filter(u -> u.name().equals("minh")).findFirst().orElseThrow();
        assertThat(minh.unitCode()).isEqualTo("305");
        assertThat(minh.role()).isEqualTo(Role.COMMUNE_STAFF);

        var canDisable = model.canDisable();
        var canEnable = model.canEnable();
        var canConfirm = model.canConfirm();
        model.selected().set(minh);
        assertThat(canDisable.get()).isTrue();
        assertThat(canEnable.get()).as("in use: nothing to open again").isFalse();
        assertThat(canConfirm.get()).as("not changed outside ATR").isFalse();
        model.selected().set(model.users().stream().filter(u -> u.name().equals("admin")).findFirst().orElseThrow());
        assertThat(canDisable.get()).as("the administrator's own account").isFalse();

        model.disable(minh);
        assertThat(model.users()).filteredOn(u -> u.name().equals("minh")).extracting(UserAccount::disabled)
                .containsExactly(true);
        model.selected().set(model.users().stream().filter(u -> u.name().equals("minh")).findFirst().orElseThrow());
        assertThat(canDisable.get()).isFalse();
        assertThat(canEnable.get()).isTrue();
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void aManagerGetsNoUnitAndAShortPasswordIsRefusedByTheService() {
        Choice unit = new Choice("305", "Ngô Quyền");
        assertThatThrownBy(() -> model.add("lan", Role.MANAGER, unit, "ngan".toCharArray()))
                .isInstanceOf(AtrException.class);
        model.add("lan", Role.MANAGER, unit, "mat-khau-cua-lan".toCharArray());
        model.refresh();
        assertThat(model.users()).filteredOn(u -> u.name().equals("lan")).extracting(UserAccount::unitCode)
                .containsOnlyNulls();
    }

    @Test
    void saysWhoseLoginStillKeepsTheSigningKeyInClearUntilItIsSealed() {
        model.refresh();
        Choice unit = model.units().stream().filter(c -> c.code().equals("305")).findFirst().orElseThrow();
        vm.context.tasks().run(() -> {
            model.add("minh", Role.COMMUNE_STAFF, unit, "mat-khau-cua-minh".toCharArray());
            return null;
        }, x -> { });
        vm.unwatched(() -> vm.context.services().exchange().export("305", vn.atr.domain.ReportPeriod.ofYear(2023),
                vm.dir().resolve("xa.atrpkg"), null)); // the installation's key, made after minh's account
        model.refresh();
        assertThat(model.signingNote().get()).contains("còn lưu không mã hóa").endsWith(": minh.");

        vm.context.tasks().run(() -> {
            model.changePassword("minh", "mat-khau-moi-cua-minh".toCharArray()); // the reset makes minh's copy
            return null;
        }, x -> model.refresh());
        assertThat(model.signingNote().get()).isEmpty();
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }
}
