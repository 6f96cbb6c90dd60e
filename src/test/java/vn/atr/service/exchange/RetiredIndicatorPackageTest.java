package vn.atr.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.service.ServiceException;
import vn.atr.service.Services;
import vn.atr.service.catalog.NewIndicator;
import vn.atr.store.StoreTestSupport;

/**
 * A package follows the form's catalogue rule: the city has retired an entry, so a ward's record of it dated
 * after the retirement is rejected with the reason in the plan (its earlier record would be taken), and the
 * package, like any package holding a rejected record, is refused with nothing written.
 */
class RetiredIndicatorPackageTest {
    private static final String CODE = "CAM_KET_GIA_DINH";

    @TempDir
    Path dir;

    @Test
    void aRecordDatedAfterTheCitysRetirementIsRejectedWithItsReason() throws Exception {
        Path pkg = dir.resolve("ward.atrpkg");
        try (Services ward = Services.open(dir.resolve("ward.db"))) {
            ward.catalog().add(NewIndicator.of(IndicatorKind.ACTIVITY, "Cam kết gia đình", "bản"));
            ward.activities().save(activity(LocalDate.of(2023, 5, 4), "Ký cam kết tháng 5"), "xa");
            ward.activities().save(activity(LocalDate.of(2023, 7, 10), "Ký cam kết tháng 7"), "xa");
            ward.exchange().export(null, ReportPeriod.ofYear(2023), pkg, null);
        }
        Path cityStore = dir.resolve("city.db");
        try (Services city = Services.open(cityStore)) {
            city.catalog().add(NewIndicator.of(IndicatorKind.ACTIVITY, "Cam kết gia đình", "bản"));
            city.catalog().retire(CODE, LocalDate.of(2023, 6, 1));
            TrustFixtures.trustSenderOf(city, pkg);

            ImportPlan plan = city.exchange().plan(pkg, null);
            List<ImportPlan.Entry> activities = plan.entries().stream()
                    .filter(e -> e.entity().equals("activity")).toList();
            assertThat(activities).hasSize(2);
            assertThat(activities).filteredOn(e -> e.outcome() == ImportPlan.Outcome.REJECTED).singleElement()
                    .satisfies(e -> assertThat(e.reason()).startsWith("typeCode: ")
                            .contains("Cam kết gia đình").contains("01/06/2023").contains("10/07/2023"));
            assertThat(activities).filteredOn(e -> e.outcome() == ImportPlan.Outcome.NEW).hasSize(1);

            assertThatThrownBy(() -> city.exchange().apply(plan)).isInstanceOf(ServiceException.class)
                    .hasMessageContaining("ngừng áp dụng từ ngày 01/06/2023").hasMessageContaining("Không có gì được ghi");
        }
        assertThat(StoreTestSupport.count(cityStore, "SELECT count(*) FROM activity")).isZero();
    }

    private static Activity activity(LocalDate day, String title) {
        return new Activity(Meta.fresh("xa"), "04", CODE, day, null, title, null, List.of(), Set.of(), null, 0, 10, null);
    }
}
