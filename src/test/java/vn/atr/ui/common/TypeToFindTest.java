package vn.atr.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What typing on a choice list finds: a word's start first, then anywhere, then a code; marks and capitals aside. */
class TypeToFindTest {
    private static final List<Choice> UNITS = List.of(new Choice("04", "Thành phố Hải Phòng"),
            new Choice("305", "Quận Lê Chân (đến 30/06/2025)"), new Choice("10305012", "Phường Lê Chân"),
            new Choice("10311007", "Phường Lê Ích Mộc"), new Choice("38", "Tỉnh Thanh Hóa"),
            new Choice("10301001", "Phường Hồng Bàng"));

    private static int find(String typed) {
        return TypeToFind.find(UNITS, Choice::label, typed);
    }

    @Test
    void aNameIsFoundByTheStartOfAWordWithOrWithoutMarks() {
        assertThat(find("phuong le chan")).isEqualTo(2);
        assertThat(find("le ich")).isEqualTo(3);
        assertThat(find("LÊ ÍCH MỘC")).isEqualTo(3);
        assertThat(find("le")).as("the first in the list's order").isEqualTo(1);
        assertThat(find("thanh hoa")).isEqualTo(4);
        assertThat(find("hai phong")).isEqualTo(0);
        assertThat(find("hong")).as("a word that starts so (Hồng) before a part of one (Phòng)").isEqualTo(5);
    }

    /** "18" typed for an adult picks the band that starts at 18, not the one that ends before it. */
    @Test
    void aNumberPicksTheNameItComesEarliestIn() {
        List<Choice> bands = List.of(new Choice("U16", "Từ 12 đến dưới 16 tuổi"), new Choice("U18", "Từ 16 đến dưới 18 tuổi"),
                new Choice("A30", "Từ 18 đến 30 tuổi"), new Choice("O30", "Trên 30 tuổi"));
        assertThat(TypeToFind.find(bands, Choice::label, "18")).isEqualTo(2);
        assertThat(TypeToFind.find(bands, Choice::label, "16")).isEqualTo(1);
        assertThat(TypeToFind.find(bands, Choice::label, "tren")).isEqualTo(3);
    }

    @Test
    void elseAPartOfAWordOrTheCode() {
        assertThat(find("ich m")).isEqualTo(3);
        assertThat(find("oc")).as("no word starts so: the first name that has it").isEqualTo(3);
        assertThat(find("10305012")).isEqualTo(2);
        assertThat(find("xyz")).isEqualTo(-1);
        assertThat(find("  ")).isEqualTo(-1);
        java.util.List<Choice> withNone = new java.util.ArrayList<>(UNITS);
        withNone.add(0, null); // a list's "none" entry, shown as "null" by String.valueOf
        assertThat(TypeToFind.find(withNone, String::valueOf, "null")).as("never picked by typing").isEqualTo(-1);
    }
}
