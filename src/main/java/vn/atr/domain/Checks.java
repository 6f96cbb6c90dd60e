package vn.atr.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects violations while a validator walks a record, so that every problem is reported at once. */
final class Checks {
    static final int MAX_TEXT = 2000;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final List<Violation> violations = new ArrayList<>();

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    void add(String field, String key, Object... args) {
        violations.add(new Violation(field, key, args));
    }

    void required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty())) {
            add(field, "validation.required");
        }
    }

    void text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "validation.tooLong", max);
        }
        if (value != null && looksLikeFormula(value)) {
            add(field, "validation.formula", value.strip().substring(0, Math.min(12, value.strip().length())));
        }
    }

    /**
     * The items of a list stored as one column joined by ";" (partner organisations): each item is checked as
     * text, and a ";" inside an item is refused, since the stored list would read back as two items.
     */
    void listItems(String field, List<String> items, int max) {
        for (String item : items) {
            text(field, item, max);
            if (item != null && item.indexOf(';') >= 0) {
                add(field, "validation.listSeparator", item);
            }
        }
    }

    /**
     * Text a spreadsheet would run as a formula ("=cmd|' /C calc'!A0", "@SUM(...)", "+cmd|...",
     * "-2+3+cmd|..."): refused at entry, as well as neutralised wherever ATR writes cells. Ordinary text
     * such as "- Tuyên truyền" or a phone number "+84 (0) 90..." is not caught.
     */
    static boolean looksLikeFormula(String value) {
        String t = value.stripLeading();
        if (t.length() < 2) {
            return false;
        }
        char first = t.charAt(0);
        char next = t.charAt(1);
        if (first == '=' || first == '@') {
            return !Character.isWhitespace(next) && next != first;
        }
        if (first == '+' || first == '-') {
            return t.indexOf('|') > 0 || t.indexOf('!') > 0 || Character.isLetter(next) && t.indexOf('(') > 0;
        }
        return false;
    }

    void notNegative(String field, long value) {
        if (value < 0) {
            add(field, "validation.negative", value);
        }
    }

    void atMost(String field, long value, long max) {
        if (value > max) {
            add(field, "validation.tooLarge", max);
        }
    }

    void date(String field, LocalDate value) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            add(field, "validation.dateOutOfRange", VnFormats.date(value), VnFormats.date(EARLIEST),
                    VnFormats.date(LATEST));
        }
    }

    /** A day something happened on: not after today. */
    void notAfter(String field, LocalDate value, LocalDate today) {
        if (value != null && value.isAfter(today)) {
            add(field, "validation.dateInFuture", VnFormats.date(value), VnFormats.date(today));
        }
    }

    void order(String fromField, LocalDate from, String toField, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            add(toField, "validation.endBeforeStart", VnFormats.date(to), VnFormats.date(from),
                    new Violation.FieldName(fromField));
        }
    }

    void meta(Meta meta) {
        if (meta == null) {
            add("id", "validation.required");
        } else if (!Ids.isValid(meta.id())) {
            add("id", "validation.badId", meta.id());
        }
    }
}
