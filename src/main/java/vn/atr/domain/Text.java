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
    /** The last of the combining diacritical marks (U+0300-U+036F), the marks a decomposed Vietnamese letter has. */
    static final char LAST_LATIN_COMBINING = '\u036F';

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

    /** As {@link #same}, also when the words are spaced differently ("chợ  Cột Đèn" and "chợ Cột Đèn"). */
    public static boolean sameWords(String a, String b) {
        return a == null ? b == null : b != null && WHITESPACE.matcher(key(a)).replaceAll(" ")
                .equals(WHITESPACE.matcher(key(b)).replaceAll(" "));
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /**
     * Letters that Vietnamese text in Unicode never holds but text typed in the legacy encodings TCVN3 (".VnTime":
     * "TËp huÊn") and VNI ("Phöôøng") often does, as a Unicode program reads it; and signs those encodings put inside
     * words ("b¸n", "m«n", "Tuyªn"), which count only between two letters ("0,8 × 5 m", "½ ngày", «...» are text).
     */
    private static final String LEGACY_LETTERS = "ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿ";
    private static final String LEGACY_SIGNS = "¨©ª«¬®¸µ¶·¹»¼½¾×";
    /** Vietnamese capitals with a mark: TCVN3 writes its marked small letters with them, inside words ("KiÕn"). */
    private static final String MARKED_CAPITALS = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

    /** {@link #LEGACY_LETTERS} and {@link #LEGACY_SIGNS} as tables of the first 256 characters (every cell is read). */
    private static final boolean[] LETTER = new boolean[256];
    private static final boolean[] SIGN = new boolean[256];

    static {
        LEGACY_LETTERS.chars().forEach(c -> LETTER[c] = true);
        LEGACY_SIGNS.chars().forEach(c -> SIGN[c] = true);
    }

    /** Whether {@code s} looks typed in a legacy Vietnamese encoding (TCVN3, VNI) rather than Unicode. */
    public static boolean looksLegacyEncoded(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0xA0 || c >= 256) { // ASCII and beyond Latin-1: nothing to look at (most characters)
                continue;
            }
            if (LETTER[c]) {
                return true;
            }
            boolean afterLetter = i > 0 && Character.isLetter(s.charAt(i - 1));
            if (SIGN[c] && afterLetter && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))
                    || afterLetter && Character.isLowerCase(s.charAt(i - 1)) && MARKED_CAPITALS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The search form of a text: without the Vietnamese marks and in lower case ("Phường Lê Chân" and "phuong le
     * chan" both give "phuong le chan"; "Đoàn" gives "doan"), since people type searches with or without marks and
     * capitals. Null stays null.
     */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char f = fold(s.charAt(i));
            if (f != 0) {
                out.append(f);
            }
        }
        return out.toString();
    }

    /**
     * Every character whose search form is {@code folded} (a character of a search form): "aàáạ...AÀÁẠ..." for a,
     * "dđDĐ" for d, "bB" for b. A store finds a search form in its texts by these classes, in its own matching.
     */
    public static String variants(char folded) {
        if (folded >= Folding.TABLE.length) {
            char upper = Character.toUpperCase(folded);
            return upper == folded ? String.valueOf(folded) : "" + folded + upper;
        }
        return Folding.VARIANTS.computeIfAbsent(folded, f -> {
            StringBuilder all = new StringBuilder();
            for (char c = 1; c < Folding.TABLE.length; c++) {
                if (Folding.TABLE[c] == f) {
                    all.append(c);
                }
            }
            return all.toString();
        });
    }

    /** One character's search form: 0 for a combining mark, which the search form leaves out. */
    private static char fold(char c) {
        return c < Folding.TABLE.length ? Folding.TABLE[c] : Character.toLowerCase(c);
    }

    /**
     * The search form of every character below U+2000, worked out once: the marked Vietnamese letters give their
     * plain lower-case letter (ạ, Ấ, ỹ give a, a, y; đ and Đ give d), a Latin combining mark gives nothing (0),
     * anything else its lower case. Other languages' marked letters keep their marks (ç stays ç): Vietnamese text has none.
     */
    private static final class Folding {
        static final char[] TABLE = new char[0x2000];
        static final java.util.Map<Character, String> VARIANTS = new java.util.concurrent.ConcurrentHashMap<>();

        static {
            for (char c = 0; c < TABLE.length; c++) {
                // only the Latin combining marks (a Vietnamese text typed decomposed): Thai's or Khmer's are letters
                // of their words, kept as stored
                TABLE[c] = c >= FIRST_COMBINING && c <= LAST_LATIN_COMBINING ? 0 : Character.toLowerCase(c);
            }
            for (char c : (VIETNAMESE_MARKED + VIETNAMESE_MARKED.toUpperCase(Locale.ROOT)).toCharArray()) {
                TABLE[c] = c == '\u0111' || c == '\u0110' ? 'd'
                        : Character.toLowerCase(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0));
            }
        }

        private Folding() {
        }
    }

    /** The marked letters of Vietnamese (lower case), each of which folds to a plain vowel, or d for đ. */
    public static final String VIETNAMESE_MARKED = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡ"
            + "ùúụủũưừứựửữỳýỵỷỹđ";
}
