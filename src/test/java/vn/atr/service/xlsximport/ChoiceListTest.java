package vn.atr.service.xlsximport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A listed value found back from what an officer typed: with or without marks, but never a guess between two. */
class ChoiceListTest {
    @Test
    void aLabelTypedWithoutMarksIsFoundUnlessTwoLabelsReadTheSameWithout() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("DRUGS", "Ma túy");
        labels.put("PROSTITUTION", "Mại dâm");
        labels.put("A", "Hòa Bình");
        labels.put("B", "Hoà Bỉnh");
        ChoiceList list = new ChoiceList(labels);
        assertThat(list.code("Ma túy")).contains("DRUGS");
        assertThat(list.code("  MA TÚY ")).contains("DRUGS");
        assertThat(list.code("ma tuy")).as("typed without a Vietnamese input method").contains("DRUGS");
        assertThat(list.code("mai dam")).contains("PROSTITUTION");
        assertThat(list.code("Hòa Bình")).contains("A");
        assertThat(list.code("hoa binh")).as("two labels read so without marks: no guess").isEmpty();
        assertThat(list.code("ma tuý")).as("marks placed otherwise").contains("DRUGS");
    }

    /** The labels of earlier templates still read, with or without marks, placed either way. */
    @Test
    void aChoicesEarlierLabelIsReadAsItsCurrentOne() {
        ChoiceList support = ChoiceList.of(vn.atr.domain.SupportType.class);
        assertThat(support.code("Hỗ trợ giáo dục phổ thông")).contains("GENERAL_SCHOOLING");
        for (String earlier : java.util.List.of("Học văn hóa", "Học văn hoá", "hoc van hoa", "HỌC VĂN HÓA")) {
            assertThat(support.code(earlier)).as(earlier).contains("GENERAL_SCHOOLING");
        }
        assertThat(support.code("y te")).contains("MEDICAL");
        assertThat(ChoiceList.of(vn.atr.domain.CaseScope.class).code("xuyen bien gioi")).contains("CROSS_BORDER");
        assertThat(ChoiceList.of(vn.atr.domain.LegalStatus.class).code("dang xac minh trong nuoc"))
                .contains("BEING_IDENTIFIED_IN_VIETNAM");
    }

    @Test
    void aUnitsNameTypedWithoutMarksIsFoundUnlessTwoUnitsReadTheSameWithout() {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("10301008", "10301008 - Phường Hồng Bàng");
        units.put("303", "303 - Quận Hồng Bàng");
        units.put("1", "1 - Xã An Hòa");
        units.put("2", "2 - Xã An Hoà");
        ChoiceList list = new ChoiceList(units);
        assertThat(list.code("Phuong Hong Bang")).contains("10301008");
        assertThat(list.code("quan hong bang")).contains("303");
        assertThat(list.code("xa an hoa")).as("two units read so without marks: no guess").isEmpty();
    }

    @Test
    void aUnitsNameShortenedAsStaffWriteItIsFoundUnlessTwoUnitsReadTheSame() {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("10301008", "10301008 - Phường Hồng Bàng");
        units.put("303", "303 - Quận Hồng Bàng");
        units.put("10301020", "10301020 - Phường Lê Chân");
        units.put("10302001", "10302001 - Đặc khu Cát Hải");
        units.put("31101", "31101 - Thị trấn Núi Đèo");
        ChoiceList list = ChoiceList.units(units);
        assertThat(list.code("P. Hồng Bàng")).contains("10301008");
        assertThat(list.code("P.Hồng Bàng")).contains("10301008");
        assertThat(list.code("p hong bang")).contains("10301008");
        assertThat(list.code("Q. Hồng Bàng")).contains("303");
        assertThat(list.code("Lê Chân")).as("the level left out, one unit of that name").contains("10301020");
        assertThat(list.code("ĐK Cát Hải")).contains("10302001");
        assertThat(list.code("TT. Núi Đèo")).contains("31101");
        assertThat(list.code("Hồng Bàng")).as("the ward and the former district: no guess").isEmpty();
        assertThat(list.sameShortName("Hồng Bàng")).as("both named for the message")
                .containsExactlyInAnyOrder("303 - Quận Hồng Bàng", "10301008 - Phường Hồng Bàng");
        assertThat(list.sameShortName("Hải An")).isEmpty();
        assertThat(list.code("X. Lê Chân")).as("no commune of that name").isEmpty();
        assertThat(new ChoiceList(units).code("P. Hồng Bàng")).as("other lists are read as before").isEmpty();
    }
}
