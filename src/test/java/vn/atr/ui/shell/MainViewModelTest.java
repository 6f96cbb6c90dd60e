package vn.atr.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.ReportPeriod;
import vn.atr.ui.ViewModelFixture;

/** The main window's status bar and periods, without JavaFX. */
class MainViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(false);

    @Test
    void theStatusBarNamesTheStoreTheUnitAndThePeriod() {
        MainViewModel model = new MainViewModel(vm.context);
        assertThat(model.storeText().get()).contains(vm.dir().resolve("atr.db").toString());
        assertThat(model.unitText().get()).isEmpty();
        model.refreshUnit();
        assertThat(model.unitText().get()).isEqualTo("Đơn vị: Hải Phòng");
        assertThat(model.holdsSample().get()).as("no sample in this store").isFalse();
        vm.unwatched(() -> vm.context.services().sample().loadHaiPhong2023());
        model.refreshUnit();
        assertThat(model.holdsSample().get()).isTrue();
        vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        assertThat(model.periodText().get()).contains("15/12/2022 - 14/12/2023");
        assertThat(model.periods()).contains(ReportPeriod.ofYear(2023)).hasSizeGreaterThanOrEqualTo(
                MainViewModel.YEARS_OFFERED);
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }
}
