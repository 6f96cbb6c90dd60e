package vn.atr.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityRow;
import vn.atr.domain.ActivityType;
import vn.atr.domain.ReportPeriod;
import vn.atr.ui.ViewModelFixture;

/** The activity list's filters, count, paging and delete on the 2023 sample, without JavaFX. */
class ActivitiesViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(true);
    private ActivitiesViewModel model;

    @BeforeEach
    void open() {
                vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model = new ActivitiesViewModel(vm.context);
    }

    @Test
    void anActivitySavedOutsideThePeriodShownSaysWhichReportCountsIt() {
        Activity inside = activityOn(LocalDate.of(2023, 3, 10));
        assertThat(model.outsidePeriodNotice(inside)).isEmpty();
        assertThat(model.outsidePeriodNotice(activityOn(LocalDate.of(2025, 11, 10)))).contains(
                "Đã lưu hoạt động ngày 10/11/2025. Hoạt động này thuộc báo cáo năm 2025, không thuộc kỳ đang xem"
                        + ", Năm 2023 (15/12/2022 - 14/12/2023), nên không hiện trong danh sách. Muốn xem, chọn kỳ ở ô"
                        + " \"Kỳ báo cáo\" trên cùng; nếu gõ nhầm ngày, chọn kỳ đó rồi sửa lại.");
        assertThat(model.outsidePeriodNotice(activityOn(LocalDate.of(2023, 12, 20))).orElseThrow())
                .as("after the cut-off of 14/12: next year's report").contains("thuộc báo cáo năm 2024");
    }

    private static Activity activityOn(LocalDate day) {
        return new Activity(vn.atr.domain.Meta.fresh("xa"), "04", ActivityType.OUTREACH_SESSION, day, null, "Tuyên truyền",
                null, java.util.List.of(), java.util.Set.of(), null, 10, 0, null);
    }

    @Test
    void readsChoicesAndRowsOffTheFxThreadAndNarrowsToADashboardBar() {
        model.loadChoices(model::reload);
        assertThat(model.installationUnit()).isEqualTo("04");
        assertThat(model.choices().activityTypes()).isNotEmpty();
        int all = model.rows().size();
        assertThat(all).isPositive();
        assertThat(model.countText().get()).contains(String.valueOf(all));

        model.showOnly(ActivityType.OUTREACH_SESSION, null, null, null);
        assertThat(model.rows()).hasSize(54).extracting(ActivityRow::typeCode)
                .containsOnly(ActivityType.OUTREACH_SESSION);

        model.clearFilters();
        assertThat(model.rows()).hasSize(all);
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void aWrongFilterDateIsNamedAndTheListKept() {
        model.loadChoices(model::reload);
        int all = model.rows().size();
        model.from.set("31/11/2023");
        model.reload();
        assertThat(model.errors().messages()).containsKey("periodFrom");
        assertThat(model.rows()).hasSize(all);

        model.from.set("01/06/2023");
        model.reload();
        assertThat(model.errors().messages()).isEmpty();
        assertThat(model.rows()).isNotEmpty().hasSizeLessThan(all).extracting(ActivityRow::startDate)
                .allMatch(d -> !d.isBefore(LocalDate.of(2023, 6, 1)));
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void readsARowsActivityForTheFormThenDeletesIt() {
        model.loadChoices(model::reload);
        int all = model.rows().size();
        ActivityRow first = model.rows().get(0);
        Activity[] read = {null};
        model.read(first, a -> read[0] = a);
        assertThat(read[0].meta().id()).isEqualTo(first.id());
        assertThat(read[0].participants()).isEqualTo(first.participants());
        model.delete(model.rows().get(0), model::reload);
        assertThat(model.rows()).hasSize(all - 1);
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }
}
