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

    private static Activity session(String unit, LocalDate day) {
        return new Activity(Meta.fresh("an"), unit, "OUTREACH_SESSION", day, null,
                "Tuyên truyền phòng, chống mua bán người", null, List.of(), Set.of(), null, 50, 0, null);
    }
}
