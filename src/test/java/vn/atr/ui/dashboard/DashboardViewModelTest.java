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

    @Test
    void showsNoChangeAgainstAPeriodWithoutData() {
        DashboardViewModel model = new DashboardViewModel(vm.context);
        vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model.reload();
        DashboardData d = model.data().get();
        assertThat(d.previous().hasData()).as("2022 has no records").isFalse();
        long sessions = DashboardViewModel.figure(d.current(), "outreachSessions");
        assertThat(sessions).isPositive();
        for (String name : DashboardViewModel.FIGURES) {
            var change = DashboardViewModel.change(DashboardViewModel.figure(d.current(), name),
                    DashboardViewModel.figure(d.previous(), name), d.previous().hasData());
            assertThat(change.text()).as(name).isEqualTo("-");
            assertThat(change.style()).as(name).isEqualTo("change-none");
        }
        assertThat(DashboardViewModel.note(d, ReportPeriod.ofYear(2023)))
                .isEqualTo("Kỳ trước (" + ReportPeriod.ofYear(2022) + ") chưa có số liệu nên cột Tăng/giảm để trống.");

        // against a period with data the change is shown, with its sign
        vm.context.periodProperty().set(ReportPeriod.ofYear(2024));
        model.reload();
        DashboardData next = model.data().get();
        var fall = DashboardViewModel.change(DashboardViewModel.figure(next.current(), "outreachSessions"),
                DashboardViewModel.figure(next.previous(), "outreachSessions"), next.previous().hasData());
        assertThat(fall.text()).isEqualTo("-" + sessions);
        assertThat(fall.style()).isEqualTo("change-down");
        assertThat(DashboardViewModel.note(next, ReportPeriod.ofYear(2024))).startsWith("Kỳ " + ReportPeriod.ofYear(2024)
                + " chưa có số liệu. Nhập hoạt động");
    }

    @Test
    void keyFiguresCoverEveryActivityGroupIncludingLegalDocumentsAndWebsiteVisits() {
        assertThat(DashboardViewModel.FIGURES).contains("legalDocumentsPosted", "websiteVisits", "conferences",
                "broadcasts", "trainingCourses", "cases", "supportServices");
        DashboardViewModel model = new DashboardViewModel(vm.context);
        vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model.reload();
        assertThat(DashboardViewModel.figure(model.data().get().current(), "legalDocumentsPosted")).isPositive();
        assertThat(DashboardViewModel.figure(model.data().get().current(), "websiteVisits")).isPositive();
    }
}
