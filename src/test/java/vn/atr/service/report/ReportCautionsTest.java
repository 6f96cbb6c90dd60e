package vn.atr.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.atr.domain.ReportPeriod;

/** What a compiler is told before submitting: parts not written, a period not over yet, and conflicts still open. */
class ReportCautionsTest {
    @Test
    void aPeriodNotOverAndOpenConflictsAreSaidBeforeSubmitting() {
        ReportPeriod y2026 = ReportPeriod.ofYear(2026);
        assertThat(ReportCautions.beforeSubmit(y2026, LocalDate.of(2026, 12, 4), 0, List.of())).singleElement().asString()
                .contains("đến hết ngày 14/12/2026 mới chốt số liệu");
        assertThat(ReportCautions.beforeSubmit(y2026, LocalDate.of(2026, 12, 14), 0, List.of()))
                .as("the last day is not over either").hasSize(1);
        assertThat(ReportCautions.beforeSubmit(y2026, LocalDate.of(2026, 12, 15), 0, List.of())).isEmpty();
        assertThat(ReportCautions.beforeSubmit(y2026, LocalDate.of(2026, 12, 15), 2, List.of())).singleElement().asString()
                .contains("còn 2 xung đột");
        assertThat(ReportCautions.beforeSubmit(y2026, LocalDate.of(2026, 12, 15), 0, List.of("số văn bản", "người ký")))
                .singleElement().asString().as("an empty report is not submitted without a word")
                .startsWith("Báo cáo còn phần chưa viết: số văn bản; người ký.");
        assertThat(ReportCautions.beforeExport(0)).isEmpty();
    }
}
