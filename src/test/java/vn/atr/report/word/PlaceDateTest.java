package vn.atr.report.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.atr.domain.ReportPeriod;
import vn.atr.report.ReportText;

/** Decree 30/2020: days below 10 and the months January and February take a leading zero. */
class PlaceDateTest {
    private static String of(LocalDate d) {
        return WordFront.placeDate(ReportText.vietnamese(), "Hải Phòng", d, 2026);
    }

    @Test
    void leadingZerosWhereTheDecreeWantsThem() {
        assertThat(of(LocalDate.of(2026, 1, 5))).isEqualTo("Hải Phòng, ngày 05 tháng 01 năm 2026");
        assertThat(of(LocalDate.of(2026, 2, 15))).isEqualTo("Hải Phòng, ngày 15 tháng 02 năm 2026");
        assertThat(of(LocalDate.of(2025, 12, 9))).isEqualTo("Hải Phòng, ngày 09 tháng 12 năm 2025");
        assertThat(of(LocalDate.of(2025, 3, 20))).isEqualTo("Hải Phòng, ngày 20 tháng 3 năm 2025");
    }

    @Test
    void withoutADateTheDayAndMonthAreLeftToFillIn() {
        assertThat(of(null)).isEqualTo("Hải Phòng, ngày      tháng      năm 2026");
    }

    @Test
    void aReportWithoutADateIsDatedTheYearItIsSentIn() {
        assertThat(WordFront.issueYear(ReportPeriod.ofYear(2026)))
                .as("a year's report is sent in December, after its cut-off of 14/12").isEqualTo(2026);
        assertThat(WordFront.issueYear(ReportPeriod.ofHalfYear(2026))).isEqualTo(2026);
        assertThat(WordFront.issueYear(ReportPeriod.ofMonth(2026, 1)))
                .as("January's period runs from 15/12/2025 to 14/01/2026").isEqualTo(2026);
        assertThat(WordFront.issueYear(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))))
                .as("a calendar year is sent after its last day").isEqualTo(2027);
    }
}
