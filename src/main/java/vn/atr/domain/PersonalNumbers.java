package vn.atr.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document and telephone numbers in free text. A record's notes are neither encrypted nor kept out of packages (only a
 * victim's identifiers are), so entry refuses notes holding one (RecordValidator). Found as staff write them: an
 * identity card's 9 digits or a citizen card's 12, alone or in groups of three ("031 090 001 234"); a telephone
 * number from 0 (mobile 10 digits, landline 11) or +84, in the usual groupings ("0912 345 678", "0912-345-678",
 * "(0225) 3842123", "+84 912 345 678"). Not a money amount ("500000000 đồng", "1.500.000") nor a number a tax or
 * file code names ("Mã số thuế 0201234567", "Hồ sơ số 0012345678"): a heuristic, tested on both sides.
 */
public final class PersonalNumbers {
    private static final String BEFORE = "(?<![\\d.,+])";
    private static final String AFTER = "(?![\\d]|[.,]\\d)";
    private static final Pattern IDENTITY = Pattern.compile(BEFORE
            + "(\\d{12}|\\d{9}|\\d{3}([ .])\\d{3}\\2\\d{3}\\2\\d{3}|\\d{3} \\d{3} \\d{3})" + AFTER);
    private static final Pattern PHONE = Pattern.compile(BEFORE + "("
            + "0[2-9]\\d{8,9}"
            + "|0[2-9]\\d{1,2}[ .\\-]\\d{3}[ .\\-]\\d{3,4}"
            + "|0[2-9]\\d{2}[ .\\-]\\d{4}[ .\\-]\\d{3}"
            + "|\\(0[2-9]\\d{1,2}\\) ?\\d{3,4}[ .\\-]?\\d{3,4}"
            + "|\\+84[ .\\-]?\\d{2,3}[ .\\-]?\\d{3}[ .\\-]?\\d{3,4}"
            + "|84[35789]\\d{8}"
            + ")" + AFTER);
    /** A currency after the number: an amount, not a person's number. */
    private static final Pattern MONEY = Pattern.compile("^\\s*(đ|đồng|vnđ|vnd|₫|nghìn|ngàn|triệu|tỷ)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A code the number is said to be, just before it: a tax or file number, no person's. */
    private static final Pattern NOT_A_PERSON = Pattern.compile("(thuế|mst|hồ sơ|hồ sơ số|số hồ sơ|kinh phí)\\s*(số)?\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PersonalNumbers() {
    }

    /** The first identity or citizen card number in {@code text}, masked ("031…34"), if any. */
    public static Optional<String> identityNumber(String text) {
        return first(text, IDENTITY, digits -> true);
    }

    /** The first telephone number in {@code text}, masked ("091…78"), if any. */
    public static Optional<String> phoneNumber(String text) {
        // 10 digits for a mobile, 11 for a landline, the country code read as the leading 0
        return first(text, PHONE, digits -> {
            String national = digits.startsWith("84") ? "0" + digits.substring(2) : digits;
            return national.length() == 10 || national.length() == 11;
        });
    }

    private static Optional<String> first(String text, Pattern number, java.util.function.Predicate<String> whole) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = number.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 20), m.start());
            if (MONEY.matcher(text.substring(m.end())).find() || NOT_A_PERSON.matcher(before).find()) {
                continue;
            }
            String digits = m.group(1).replaceAll("\\D", "");
            if (!whole.test(digits)) {
                continue;
            }
            return Optional.of(digits.substring(0, 3) + "…" + digits.substring(digits.length() - 2));
        }
        return Optional.empty();
    }
}
