package vn.atr.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as people read it. Vietnamese can be typed composed (NFC) or decomposed (NFD) and both look
 * the same, so every text a record carries is stored composed ({@link #nfc}), and codes and natural
 * keys (victim and case codes, ethnicity, catalogue names) are compared by {@link #key}: composed,
 * trimmed and case-folded. Records normalise in their constructors, so every way in (forms, Excel,
 * packages, command line, draft files) shares this one rule.
 */
public final class Text {
    private Text() {
    }

    /** The composed form of {@code s} (null stays null); cheap when already composed. */
    public static String nfc(String s) {
        return s == null || composedAlready(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s
                : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The precomposed Vietnamese letters (ạ to ỹ), the block's part Vietnamese uses. */
    static final char VIETNAMESE_FIRST = '\u1EA0';
    static final char VIETNAMESE_LAST = '\u1EF9';
    /** The first character that may combine with the one before it (U+0300, the combining grave accent). */
    static final char FIRST_COMBINING = '\u0300';

    /**
     * True when every character is one that NFC leaves as it is and that never combines with its neighbours
     * (combining class 0, NFC quick check "yes"): everything below U+0300 (ASCII, the Latin letters with their
     * marks: à, ă, đ, ơ, ư...) and the precomposed Vietnamese letters. Such a string is already composed. Every
     * record's texts pass here in its constructor, thousands of times in a merge; the JDK's check costs several
     * calls per string where this is one loop (ADR 0185: the installed app runs them as C1 code).
     */
    static boolean composedAlready(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FIRST_COMBINING && (c < VIETNAMESE_FIRST || c > VIETNAMESE_LAST)) {
                return false;
            }
        }
        return true;
    }

    /** A code as stored: composed and trimmed (case kept as typed; compare with {@link #key}). */
    public static String code(String s) {
        return s == null ? null : nfc(s).strip();
    }

    /** The comparison key of a code or name: composed, trimmed, upper case ("nn-01 " and "NN-01" match). */
    public static String key(String s) {
        return s == null ? null : nfc(s).strip().toUpperCase(Locale.ROOT);
    }

    /** True when both are null or name the same thing once composed, trimmed and case-folded. */
    public static boolean same(String a, String b) {
        return a == null ? b == null : b != null && key(a).equals(key(b));
    }
}
