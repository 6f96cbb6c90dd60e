package vn.atr.ui.metric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.ReportPeriod;
import vn.atr.ui.ViewModelFixture;

/** The metrics screen's state and actions on a real store, without JavaFX. */
class MetricsViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(true);
    private MetricsViewModel model;

    @BeforeEach
    void open() {
                vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model = new MetricsViewModel(vm.context);
    }

    @Test
    void listsThePeriodsMetricsAndNamesTheirUnit() {
        model.load();
        assertThat(model.metrics()).extracting(OutreachMetric::value).contains(50_640L);
        OutreachMetric visits = model.metrics().stream().filter(m -> m.value() == 50_640L).findFirst().orElseThrow();
        assertThat(model.unitName(visits.unitCode())).isNotEqualTo(visits.unitCode());
        vm.context.periodProperty().set(ReportPeriod.ofYear(2020));
        model.refresh();
        assertThat(model.metrics()).isEmpty();
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void aNewMetricStartsInThisInstallationsUnitAndPeriodAndIsCheckedByTheDomainRules() {
        model.load();
        int before = model.metrics().size();
        var edit = model.edit(null);
        assertThat(edit.form().code("unitCode")).isEqualTo("04");
        assertThat(edit.form().text("periodFrom")).isEqualTo("15/12/2022");
        edit.form().set("value", "-5").set("periodTo", "01/01/2022");
        boolean[] saved = {false};
        assertThat(edit.submit(vm.context.tasks(), m -> saved[0] = true)).isFalse();
        assertThat(edit.form().errors().messages())
                .containsEntry("value", "Giá trị: không được là số âm (-5)")
                .containsKey("periodTo");
        assertThat(saved[0]).isFalse();

        edit.form().set("value", "1.234").set("periodTo", "14/12/2023");
        edit.submit(vm.context.tasks(), m -> saved[0] = true);
        assertThat(saved[0]).as("the year's visits are there already").isFalse();
        assertThat(edit.form().errors().messages().get("periodFrom")).contains("đã có số liệu chỉ số này", "50.640");
        edit.form().choose("unitCode", "304"); // another unit's visits of the year
        assertThat(edit.submit(vm.context.tasks(), m -> saved[0] = true)).isTrue();
        assertThat(saved[0]).isTrue();
        model.refresh();
        assertThat(model.metrics()).hasSize(before + 1).extracting(OutreachMetric::value).contains(1_234L);

        model.delete(model.metrics().stream().filter(m -> m.value() == 1_234L).findFirst().orElseThrow());
        assertThat(model.metrics()).hasSize(before);
        assertThat(vm.readsOutsideTasks()).isEmpty();
        assertThat(vm.shown).isEmpty();
    }

    @Test
    void offersEveryCountedFigureOfTheCatalogueAndSavesFunding() {
        model.load();
        var edit = model.edit(null);
        assertThat(model.types(null)).extracting(vn.atr.ui.common.Choice::code)
                .contains(OutreachMetric.WEBSITE_VISITS, "FUNDING")
                .as("activity kinds are not counted figures").doesNotContain("INSPECTION");
        assertThat(model.types(null)).extracting(vn.atr.ui.common.Choice::label)
                .contains("Kinh phí phòng, chống mua bán người (đồng)");
        assertThat(edit.form().code("metricType")).isEqualTo(OutreachMetric.WEBSITE_VISITS);
        edit.form().choose("metricType", "FUNDING").set("value", "150.000.000");
        boolean[] saved = {false};
        assertThat(edit.submit(vm.context.tasks(), m -> saved[0] = true)).isTrue();
        model.refresh();
        OutreachMetric funding = model.metrics().stream().filter(m -> m.metricType().equals("FUNDING"))
                .filter(m -> m.value() == 150_000_000L).findFirst().orElseThrow();
        assertThat(model.label(funding.metricType())).isEqualTo("Kinh phí phòng, chống mua bán người");

        vm.unwatched(() -> vm.context.services().catalog().add(vn.atr.service.catalog.NewIndicator.of(
                vn.atr.domain.catalog.IndicatorKind.METRIC, "Cuộc gọi đường dây nóng", "cuộc gọi")));
        model.load(); // back on the screen
        assertThat(model.types(null)).extracting(vn.atr.ui.common.Choice::label)
                .as("a figure just added to the catalogue is offered").contains("Cuộc gọi đường dây nóng (cuộc gọi)");
    }
}
