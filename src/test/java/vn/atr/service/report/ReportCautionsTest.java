package vn.atr.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.atr.domain.ReportPeriod;

/** What a compiler is told before submitting: a period not over yet, and conflicts still open. */
class ReportCautionsTest {
    @Test
    void aPeriodNotOverAndOpenConflictsAreSaidBeforeSubmitting() {
        ReportPeriod y2026 = ReportPeriod.ofYear(2026);
        assertThat(ReportCautions.beforeSubmit(y2026, LocalDate.of(2026, 12, 4), 0)).singleElement().asString()
                .contains("đến hết ngày 14/12/2026 mới chốt số liệu");
        assertThat(ReportCautions.beforeSubmit(y2026, LocalDate.of(2026, 12, 14), 0))
                .as("the last day is not over either").hasSize(1);
        assertThat(ReportCautions.beforeSubmit(y2026, LocalDate.of(2026, 12, 15), 0)).isEmpty();
        assertThat(ReportCautions.beforeSubmit(y2026, LocalDate.of(2026, 12, 15), 2)).singleElement().asString()
                .contains("còn 2 xung đột");
        assertThat(ReportCautions.beforeExport(0)).isEmpty();
    }
}
