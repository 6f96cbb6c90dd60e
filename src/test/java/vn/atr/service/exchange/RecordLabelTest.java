package vn.atr.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.OutreachMetric;
import vn.atr.service.exchange.ImportPlan.Names;

/** A record in the import's rows and conflicts as people know it: unit and type by their names, never an id. */
class RecordLabelTest {
    private static final Names NAMES = new Names(Map.of("31", "Hải Phòng"),
            Map.of("OUTREACH", "Buổi tuyên truyền", "WEB_VISITS", "Lượt truy cập trang thông tin điện tử"));

    private static Activity activity(String title) {
        return new Activity(Meta.fresh("t"), "31", "OUTREACH", LocalDate.of(2023, 4, 20), null, title, null, List.of(),
                Set.of(), null, 30, 0, null);
    }

    @Test
    void anActivityIsItsDateTitleAndUnitOrItsTypeWithoutATitle() {
        assertThat(ImportPlan.recordLabel(activity("Họp dân"), "id-1", NAMES)).isEqualTo("20/04/2023 Họp dân (Hải Phòng)");
        assertThat(ImportPlan.recordLabel(activity(null), "id-1", NAMES))
                .isEqualTo("20/04/2023 Buổi tuyên truyền (Hải Phòng)");
        // codes without a name are shown as they are
        assertThat(ImportPlan.recordLabel(activity(null), "id-1", Names.CODES)).isEqualTo("20/04/2023 OUTREACH (31)");
    }

    @Test
    void aMetricIsItsTypeByNameAndItsPeriod() {
        OutreachMetric m = new OutreachMetric(Meta.fresh("t"), "31", "WEB_VISITS", LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31), 50_640, null);
        assertThat(ImportPlan.recordLabel(m, "id-2", NAMES))
                .isEqualTo("Lượt truy cập trang thông tin điện tử 01/01/2023-31/12/2023 (Hải Phòng)");
        assertThat(ImportPlan.recordLabel(null, "id-3", NAMES)).isEqualTo("id-3"); // an unreadable line: its id
    }
}
