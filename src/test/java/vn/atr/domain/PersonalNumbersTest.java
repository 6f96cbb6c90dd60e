package vn.atr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Document and telephone numbers as staff write them are found; amounts, dates and codes are not. */
class PersonalNumbersTest {
    @Test
    void identityNumbersAsWrittenAreFound() {
        for (String note : List.of("CCCD 031090001234", "CCCD: 031 090 001 234", "số 031.090.001.234.",
                "CMND 031190001", "CMND 031 190 001", "Nguyễn Văn A, 031090001234, ở xóm 3")) {
            assertThat(PersonalNumbers.identityNumber(note)).as(note).isPresent();
        }
        assertThat(PersonalNumbers.identityNumber("CCCD 031090001234")).contains("031…34");
    }

    @Test
    void telephoneNumbersAsWrittenAreFound() {
        for (String note : List.of("SĐT 0912345678", "0912 345 678", "0912-345-678", "091 234 5678", "0912.345.678",
                "+84 912 345 678", "+84912345678", "84912345678", "(0225) 3842123", "0225.3842.111", "02253842111",
                "gọi 0355123456 khi cần")) {
            assertThat(PersonalNumbers.phoneNumber(note)).as(note).isPresent();
        }
    }

    @Test
    void amountsDatesAndCodesAreNotTakenForAPersonsNumber() {
        for (String note : List.of("Hỗ trợ 500.000.000 đồng", "Kinh phí 500000000 đồng", "120000000đ", "1.500.000",
                "Kinh phí quý I: 250000000 đồng", "150.000.000.000 đồng", "ngày 12/04/2023", "Kế hoạch 75/KH-UBND",
                "năm 2023", "mã hồ sơ 2023-0091", "Hồ sơ số 0012345678", "Mã số thuế 0201234567", "1500000000 VND",
                "120 000 000 đồng", "3 lớp, 120 người")) {
            assertThat(PersonalNumbers.identityNumber(note)).as(note).isEmpty();
            assertThat(PersonalNumbers.phoneNumber(note)).as(note).isEmpty();
        }
    }
}
