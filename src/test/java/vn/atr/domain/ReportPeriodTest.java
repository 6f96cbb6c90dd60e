package vn.atr.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void reportYearRunsFromFifteenthDecemberToFourteenthDecember() {
        ReportPeriod p = ReportPeriod.ofYear(2023);
        assertThat(p.from()).isEqualTo(LocalDate.of(2022, 12, 15));
        assertThat(p.to()).isEqualTo(LocalDate.of(2023, 12, 14));
        assertThat(p.isReportYear()).isTrue();
        assertThat(p.previous()).isEqualTo(ReportPeriod.ofYear(2022));
    }

    @Test
    void dayBelongsToTheReportYearItFallsIn() {
        assertThat(ReportPeriod.reportYearOf(LocalDate.of(2023, 12, 14))).isEqualTo(2023);
        assertThat(ReportPeriod.reportYearOf(LocalDate.of(2023, 12, 15))).isEqualTo(2024);
        assertThat(ReportPeriod.reportYearOf(LocalDate.of(2024, 1, 1))).isEqualTo(2024);
    }

    @Test
    void previousOfAnArbitraryPeriodHasTheSameLength() {
        ReportPeriod p = new ReportPeriod(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31));
        assertThat(p.previous()).isEqualTo(new ReportPeriod(LocalDate.of(2023, 1, 29), LocalDate.of(2023, 2, 28)));
    }

    @Test
    void endBeforeStartIsRefused() {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2023, 12, 14), LocalDate.of(2023, 1, 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("01/01/2023").hasMessageContaining("14/12/2023");
        assertThatThrownBy(() -> ReportPeriod.ofYear(1850)).hasMessageContaining("1850");
    }
}
