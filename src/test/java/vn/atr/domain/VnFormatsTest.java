package vn.atr.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VnFormatsTest {

    @Test
    void parsesVietnameseAndIsoDates() {
        assertThat(VnFormats.parseDate("14/12/2023")).isEqualTo(LocalDate.of(2023, 12, 14));
        assertThat(VnFormats.parseDate("4/1/2023")).isEqualTo(LocalDate.of(2023, 1, 4));
        assertThat(VnFormats.parseDate("2023-12-14")).isEqualTo(LocalDate.of(2023, 12, 14));
        assertThat(VnFormats.parseDate(" 29/02/2024 ")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void refusesDatesThatDoNotExistAndNamesThem() {
        assertThatThrownBy(() -> VnFormats.parseDate("31/11/2023"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("31/11/2023")
                .hasMessageContaining("không tồn tại")
                .hasMessageContaining("tháng 11/2023 không có ngày 31");
        assertThatThrownBy(() -> VnFormats.parseDate("29/02/2023")).hasMessageContaining("29/02/2023");
        assertThatThrownBy(() -> VnFormats.parseDate("12/13/2023")).hasMessageContaining("không có tháng 13");
        assertThatThrownBy(() -> VnFormats.parseDate("hôm qua")).hasMessageContaining("14/12/2023");
    }

    @Test
    void formatsAndParsesVietnameseNumbers() {
        assertThat(VnFormats.number(10215)).isEqualTo("10.215");
        assertThat(VnFormats.number(50640)).isEqualTo("50.640");
        assertThat(VnFormats.number(14300000)).isEqualTo("14.300.000");
        var reference = new java.text.DecimalFormat("#,##0",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.GERMANY)); // dots, like Vietnamese
        for (long v : new long[]{0, 7, 999, 1000, -1000, -999, 123456, 1234567, -98765432, Long.MAX_VALUE,
            Long.MIN_VALUE}) {
            assertThat(VnFormats.number(v)).as("%d", v).isEqualTo(reference.format(v));
        }
        assertThat(VnFormats.parseNumber("1.200")).isEqualTo(1200);
        assertThat(VnFormats.parseNumber("10 215")).isEqualTo(10215);
        assertThatThrownBy(() -> VnFormats.parseNumber("12,5")).hasMessageContaining("12,5");
        assertThatThrownBy(() -> VnFormats.parseNumber("abc")).isInstanceOf(ValidationException.class);
    }

    @Test
    void formatsDatesAsDayMonthYear() {
        assertThat(VnFormats.date(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
    }

    @Test
    void sizesReadAsPeopleSayThem() {
        assertThat(VnFormats.bytes(0)).isEqualTo("0 KB");
        assertThat(VnFormats.bytes(1)).isEqualTo("1 KB");
        assertThat(VnFormats.bytes(850L << 20)).isEqualTo("850 MB");
        assertThat(VnFormats.bytes((long) (1.9 * (1L << 30)))).isEqualTo("1,9 GB");
        assertThat(VnFormats.bytes(2L << 30)).isEqualTo("2 GB");
        assertThat(VnFormats.bytes(1024L << 30)).isEqualTo("1.024 GB");
    }
}
