package vn.atr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text typed in TCVN3 or VNI is told from Unicode Vietnamese, symbols and foreign words as a ward writes them. */
class LegacyEncodingTest {
    @Test
    void legacyTextIsFoundAndUnicodeTextIsNot() {
        assertThat(List.of("TËp huÊn phßng, chèng mua b¸n ng­êi", "Së Néi vô", "Häc sinh", "KiÕn An",
                "Tuyªn truyÒn", "Phöôøng Hoàng Baøng", "Taäp huaán ... ngöôøi"))
                .allMatch(Text::looksLegacyEncoded);
        assertThat(List.of("Tập huấn phòng, chống mua bán người", "Phường Hồng Bàng", "Ủy ban nhân dân xã Đặc khu Bạch Long Vĩ",
                "HB-2026-03", "Đồng bào dân tộc Mông, Thái, Dao", "0,8 × 5 m", "½ ngày", "«Tiêu đề»", "tờ rơi · băng rôn",
                "ỨNG PHÓ, HỖ TRỢ", "Nguyễn Thị Hòa", "Ê-đê", "Trung Quốc, Campuchia, Lào"))
                .noneMatch(Text::looksLegacyEncoded);
    }
}
