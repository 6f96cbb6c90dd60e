package vn.atr.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.report.AppendixTable;
import vn.atr.domain.report.ReportModel;
import vn.atr.service.Services;

/**
 * A 2025 table by unit holds the districts, to 30/06/2025, and the communes formed after them: the districts come
 * after the units in force at the period's end, each saying until when it existed, rather than reading as peers.
 */
class UnitsAcrossTheReorganisationTest {
    @TempDir
    Path dir;

    @Test
    void theDistrictsOfTheFirstHalfComeAfterTheCommunesSayingUntilWhen() {
        try (Services s = Services.open(dir.resolve("a.db"))) {
            s.activities().save(session("303", LocalDate.of(2025, 3, 2)), "an"); // Quận Hồng Bàng, to 30/06/2025
            s.activities().save(session("10301008", LocalDate.of(2025, 9, 2)), "an"); // Phường Hồng Bàng, from 01/07
            ReportModel y2025 = ReportFixture.model(s, ReportPeriod.ofYear(2025));
            AppendixTable units = y2025.appendices().stream().filter(t -> t.key().equals("units")).findFirst()
                    .orElseThrow();
            assertThat(units.rows()).extracting(AppendixTable.Row::label)
                    .containsExactly("Phường Hồng Bàng", "Quận Hồng Bàng (đến 30/06/2025)");
            // the first half of 2025, when the district was in force, names it plainly
            ReportModel h1 = ReportFixture.model(s, ReportPeriod.ofHalfYear(2025));
            assertThat(h1.appendices().stream().filter(t -> t.key().equals("units")).findFirst().orElseThrow().rows())
                    .extracting(AppendixTable.Row::label).containsExactly("Quận Hồng Bàng");
        }
    }

    /**
     * Huyện Thủy Nguyên was Thành phố Thủy Nguyên from 01/01/2025 (and Huyện An Dương Quận An Dương) until the
     * districts ended: a table names a unit as it was then, in 2024 and in 2025, and so does a unit's extract.
     */
    @Test
    void aUnitIsNamedAsItWasInThePeriod() {
        try (Services s = Services.open(dir.resolve("b.db"))) {
            s.activities().save(session("311", LocalDate.of(2024, 5, 2)), "an");
            s.activities().save(session("311", LocalDate.of(2025, 3, 2)), "an");
            s.activities().save(session("312", LocalDate.of(2025, 4, 2)), "an");
            assertThat(unitRows(ReportFixture.model(s, ReportPeriod.ofYear(2024)))).containsExactly("Huyện Thủy Nguyên");
            assertThat(unitRows(ReportFixture.model(s, ReportPeriod.ofYear(2025))))
                    .containsExactly("Thành phố Thủy Nguyên (đến 30/06/2025)", "Quận An Dương (đến 30/06/2025)");
            assertThat(unitRows(ReportFixture.model(s, ReportPeriod.ofHalfYear(2025))))
                    .containsExactly("Thành phố Thủy Nguyên", "Quận An Dương");
            assertThat(s.report().build(ReportPeriod.ofYear(2025), java.util.Optional.of("311")).unitName())
                    .contains("Thành phố Thủy Nguyên");
            assertThat(s.report().build(ReportPeriod.ofYear(2024), java.util.Optional.of("311")).unitName())
                    .contains("Huyện Thủy Nguyên");
        }
    }

    private static List<String> unitRows(ReportModel m) {
        return m.appendices().stream().filter(t -> t.key().equals("units")).findFirst().orElseThrow().rows().stream()
                .map(AppendixTable.Row::label).toList();
    }

    private static Activity session(String unit, LocalDate day) {
        return new Activity(Meta.fresh("an"), unit, "OUTREACH_SESSION", day, null,
                "Tuyên truyền phòng, chống mua bán người", null, List.of(), Set.of(), null, 50, 0, null);
    }
}
