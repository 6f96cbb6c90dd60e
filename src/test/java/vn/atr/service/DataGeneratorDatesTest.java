package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ReportPeriod;
import vn.atr.store.StoreTestSupport;

/** Generated data keeps the forms' rule: no record dated after today, the current report year up to today. */
class DataGeneratorDatesTest {
    @TempDir
    Path dir;

    @Test
    void theCurrentYearIsGeneratedUpToTodayAndAYearToComeIsRefused() throws Exception {
        LocalDate today = LocalDate.now();
        int year = ReportPeriod.reportMonthOf(today).getYear(); // the report year today falls in
        Path db = dir.resolve("gen.db");
        try (Services s = Services.open(db)) {
            s.generator().generate(new DataGenerator.Spec(5, 400, 40, 7, year));
            assertThatThrownBy(() -> s.generator().generate(new DataGenerator.Spec(5, 10, 1, 8, year + 1)))
                    .hasMessageContaining("chưa đến");
        }
        String day = today.toString();
        for (String sql : new String[] {"SELECT count(*) FROM activity WHERE start_date > '" + day + "'",
            "SELECT count(*) FROM trafficking_case WHERE detection_date > '" + day + "'",
            "SELECT count(*) FROM victim WHERE identification_date > '" + day + "' OR returned_date > '" + day + "'",
            "SELECT count(*) FROM support_service WHERE service_date > '" + day + "'"}) {
            assertThat(StoreTestSupport.count(db, sql)).as(sql).isZero();
        }
        assertThat(StoreTestSupport.count(db, "SELECT count(*) FROM activity")).isEqualTo(400);
    }
}
