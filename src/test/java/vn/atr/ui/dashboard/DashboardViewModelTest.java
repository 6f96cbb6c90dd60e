package vn.atr.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.ReportPeriod;
import vn.atr.ui.ViewModelFixture;

/** The dashboard follows the period, reading its figures through the task runner, without JavaFX. */
class DashboardViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(true);

    @Test
    void reloadsThePeriodsFiguresOffTheFxThread() {
        DashboardViewModel model = new DashboardViewModel(vm.context);
        vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model.reload();
        assertThat(DashboardViewModel.figure(model.data().get().current(), "outreachSessions")).isEqualTo(54);
        vm.context.periodProperty().set(ReportPeriod.ofYear(2024));
        model.reload();
        assertThat(DashboardViewModel.figure(model.data().get().current(), "outreachSessions")).isZero();
        assertThat(DashboardViewModel.figure(model.data().get().previous(), "outreachSessions")).isEqualTo(54);
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }
}
