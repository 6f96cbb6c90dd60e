package vn.atr.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void aDayBelongsToTheReportingMonthEndingOnTheNext14th() {
        assertThat(ReportPeriod.reportMonthOf(LocalDate.of(2023, 2, 20))).hasToString("2023-03");
        assertThat(ReportPeriod.reportMonthOf(LocalDate.of(2023, 3, 14))).hasToString("2023-03");
        assertThat(ReportPeriod.reportMonthOf(LocalDate.of(2022, 12, 15))).hasToString("2023-01");
        assertThat(ReportPeriod.ofMonth(2023, 3).contains(LocalDate.of(2023, 2, 15))).isTrue();
    }

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

    @Test
    void theDecreesPeriodsAreCutOffOnTheFourteenthAndKnownByTheirDates() {
        assertThat(ReportPeriod.ofHalfYear(2024)).isEqualTo(new ReportPeriod(LocalDate.of(2023, 12, 15),
                LocalDate.of(2024, 6, 14)));
        assertThat(ReportPeriod.ofNineMonths(2024).to()).isEqualTo(LocalDate.of(2024, 9, 14));
        assertThat(ReportPeriod.ofQuarter(2024, 1)).isEqualTo(new ReportPeriod(LocalDate.of(2023, 12, 15),
                LocalDate.of(2024, 3, 14)));
        assertThat(ReportPeriod.ofQuarter(2024, 4)).isEqualTo(new ReportPeriod(LocalDate.of(2024, 9, 15),
                LocalDate.of(2024, 12, 14)));
        assertThat(ReportPeriod.ofMonth(2024, 1)).isEqualTo(new ReportPeriod(LocalDate.of(2023, 12, 15),
                LocalDate.of(2024, 1, 14)));
        for (String code : new String[] {"2024", "2024-9M", "2024-H1", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4",
            "2024-01", "2024-02", "2024-06", "2024-12"}) {
            ReportPeriod p = ReportPeriod.parse(code);
            assertThat(p.code()).isEqualTo(code);
            assertThat(new ReportPeriod(p.from(), p.to()).kind()).as(code).isEqualTo(p.kind())
                    .isNotEqualTo(PeriodKind.CUSTOM);
        }
        assertThat(ReportPeriod.parse("2024-q3")).isEqualTo(ReportPeriod.ofQuarter(2024, 3));
        assertThat(ReportPeriod.parse(" 2024-h1 ")).isEqualTo(ReportPeriod.ofHalfYear(2024));
        assertThat(new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)).kind())
                .isEqualTo(PeriodKind.CUSTOM);
    }

    @Test
    void eachKindIsComparedWithTheSamePeriodOfThePreviousYear() {
        assertThat(ReportPeriod.ofHalfYear(2024).previous()).isEqualTo(ReportPeriod.ofHalfYear(2023));
        assertThat(ReportPeriod.ofNineMonths(2024).previous()).isEqualTo(ReportPeriod.ofNineMonths(2023));
        assertThat(ReportPeriod.ofQuarter(2024, 3).previous()).isEqualTo(ReportPeriod.ofQuarter(2023, 3));
        assertThat(ReportPeriod.ofMonth(2024, 1).previous()).isEqualTo(ReportPeriod.ofMonth(2023, 1));
    }

    @Test
    void aBadPeriodCodeIsRefusedNamingIt() {
        for (String bad : new String[] {"2024-H2", "2024-13", "2024-Q0", "2024-00", "24", "", "2024-6T"}) {
            assertThatThrownBy(() -> ReportPeriod.parse(bad)).as(bad).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("\"" + bad + "\"").hasMessageContaining("2024-H1");
        }
        assertThatThrownBy(() -> ReportPeriod.parse("1999-H1")).hasMessageContaining("1999");
    }
}
