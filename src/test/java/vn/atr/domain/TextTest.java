package vn.atr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Text#nfc}'s shortcut agrees with the JDK's normaliser: every character it lets through is composed and
 * stays so next to any other it lets through, and anything else still goes through the JDK.
 */
class TextTest {
    /** Every character the shortcut accepts, in the order of the code points. */
    private static List<Character> shortcut() {
        List<Character> chars = new ArrayList<>();
        for (char c = 0; c < Text.FIRST_COMBINING; c++) {
            if (!Character.isSurrogate(c)) {
                chars.add(c);
            }
        }
        for (char c = Text.VIETNAMESE_FIRST; c <= Text.VIETNAMESE_LAST; c++) {
            chars.add(c);
        }
        return chars;
    }

    @Test
    void everyPairOfCharactersTheShortcutAcceptsIsAlreadyComposed() {
        List<Character> chars = shortcut();
        // Pairs prove it for any length: NFC changes a string only by recomposing neighbours or reordering marks,
        // and none of these characters is a mark (combining class 0) or changes on its own.
        char[] pair = new char[2];
        for (char a : chars) {
            String one = String.valueOf(a);
            assertThat(Text.composedAlready(one)).isTrue();
            assertThat(Normalizer.isNormalized(one, Normalizer.Form.NFC)).as("U+%04X", (int) a).isTrue();
            for (char b : chars) {
                pair[0] = a;
                pair[1] = b;
                String s = new String(pair);
                if (!Normalizer.normalize(s, Normalizer.Form.NFC).equals(s)) {
                    throw new AssertionError(String.format("U+%04X U+%04X changes under NFC", (int) a, (int) b));
                }
            }
        }
    }

    @Test
    void decomposedAndOtherTextStillGoesThroughTheNormaliser() {
        String composed = "Tuyên truyền phòng, chống mua bán người tại xã Đông Hải";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

        assertThat(Text.composedAlready(composed)).isTrue();
        assertThat(Text.composedAlready(decomposed)).isFalse();
        assertThat(Text.nfc(decomposed)).isEqualTo(composed);
        assertThat(Text.nfc(composed)).isSameAs(composed);
        // a precomposed letter followed by a combining mark, an en quad (NFC makes it an en space), quotes
        assertThat(Text.nfc("ệ\u0301")).isEqualTo(Normalizer.normalize("ệ\u0301", Normalizer.Form.NFC));
        assertThat(Text.nfc("a\u2000b")).isEqualTo("a\u2002b");
        assertThat(Text.nfc("“Ngày hội”")).isEqualTo("“Ngày hội”");
        assertThat(Text.nfc(null)).isNull();
    }

    @Test
    void theSearchFormDropsVietnamesesMarksAndCapitalsOnly() {
        assertThat(Text.fold("Phường Lê Chân")).isEqualTo("phuong le chan");
        assertThat(Text.fold("ĐOÀN THANH NIÊN")).isEqualTo("doan thanh nien");
        assertThat(Text.fold(Normalizer.normalize("Tập huấn", Normalizer.Form.NFD))).as("typed decomposed")
                .isEqualTo("tap huan");
        assertThat(Text.fold("Çamlıca 100%")).as("another language's marks stay").isEqualTo("çamlıca 100%");
        assertThat(Text.fold(null)).isNull();
        for (char c : (Text.VIETNAMESE_MARKED + Text.VIETNAMESE_MARKED.toUpperCase(java.util.Locale.ROOT)).toCharArray()) {
            assertThat("aeiouyd").as("U+%04X", (int) c).contains(Text.fold(String.valueOf(c)));
        }
    }

    @Test
    void aSearchFormsLetterStandsForEveryCharacterThatFoldsToIt() {
        assertThat(Text.variants('d')).contains("d", "D", "đ", "Đ").hasSize(4);
        assertThat(Text.variants('a')).contains("a", "A", "ạ", "Ẫ", "ằ").doesNotContain("e");
        assertThat(Text.variants('b')).isEqualTo("Bb");
        assertThat(Text.variants('#')).isEqualTo("#");
        for (char folded : "abcdeghiklmnopqrstuvxy0 #%".toCharArray()) {
            for (char c : Text.variants(folded).toCharArray()) {
                assertThat(Text.fold(String.valueOf(c))).as("U+%04X", (int) c).isEqualTo(String.valueOf(folded));
            }
        }
    }
}
