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
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s
                : Normalizer.normalize(s, Normalizer.Form.NFC);
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
