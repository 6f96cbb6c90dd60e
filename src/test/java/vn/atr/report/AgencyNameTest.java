package vn.atr.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Agency names in running text, from the capitals of the header. */
class AgencyNameTest {
    @Test
    void departmentsPeoplesCommitteesAndPlaces() {
        assertThat(AgencyName.inText("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"))
                .isEqualTo("Sở Lao động - Thương binh và Xã hội");
        assertThat(AgencyName.inText("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
        assertThat(AgencyName.inText("SỞ Y TẾ")).isEqualTo("Sở Y tế");
        assertThat(AgencyName.inText("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"))
                .isEqualTo("Ủy ban nhân dân thành phố Hồ Chí Minh");
        assertThat(AgencyName.inText("ỦY BAN NHÂN DÂN XÃ AN LÃO")).isEqualTo("Ủy ban nhân dân xã An Lão");
        assertThat(AgencyName.inText("CÔNG AN TỈNH QUẢNG NINH")).isEqualTo("Công an tỉnh Quảng Ninh");
    }

    @Test
    void aNameInMixedCaseIsKeptAndNothingGivesNothing() {
        assertThat(AgencyName.inText("Bộ Chỉ huy Bộ đội Biên phòng thành phố")).isEqualTo(
                "Bộ Chỉ huy Bộ đội Biên phòng thành phố");
        assertThat(AgencyName.inText(null)).isEmpty();
    }
}
