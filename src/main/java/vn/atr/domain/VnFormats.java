package vn.atr.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese dates (dd/MM/yyyy) and numbers (10.000). Parsing is strict: 31/11/2023 or 29/02/2023
 * is refused with a message that names the date, never rolled over to the next month.
 */
public final class VnFormats {
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter VN_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private VnFormats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : VN_DATE.format(date);
    }

    /** An instant as local time, dd/MM/yyyy HH:mm:ss (lockouts, audit log). */
    public static String dateTime(java.time.Instant instant) {
        return instant == null ? "" : VN_DATE_TIME.format(instant.atZone(java.time.ZoneId.systemDefault()));
    }

    /** A local date and time, dd/MM/yyyy HH:mm:ss (a backup's time). */
    public static String dateTime(java.time.LocalDateTime time) {
        return time == null ? "" : VN_DATE_TIME.format(time);
    }

    /** Accepts 14/12/2023, 4/1/2023, 14.12.2023 and 2023-12-14. */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(new Violation("date", "validation.required"));
        }
        String t = text.strip();
        Matcher dmy = DMY.matcher(t);
        Matcher iso = ISO.matcher(t);
        int d;
        int m;
        int y;
        if (dmy.matches()) {
            d = Integer.parseInt(dmy.group(1));
            m = Integer.parseInt(dmy.group(2));
            y = Integer.parseInt(dmy.group(3));
        } else if (iso.matches()) {
            y = Integer.parseInt(iso.group(1));
            m = Integer.parseInt(iso.group(2));
            d = Integer.parseInt(iso.group(3));
        } else {
            throw new ValidationException(new Violation("date", "validation.dateFormat", t));
        }
        if (m < 1 || m > 12) {
            throw new ValidationException(new Violation("date", "validation.noSuchMonth", t, String.valueOf(m)));
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw new ValidationException(new Violation("date", "validation.noSuchDay", t, String.valueOf(d),
                    String.valueOf(m), String.valueOf(y)));
        }
    }

    /** Strict ISO date for machine-written files; same messages as {@link #parseDate}. */
    public static LocalDate parseIsoDate(String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            return parseDate(text);
        }
    }

    /**
     * 10215 -> "10.215" (dots group thousands, as DecimalFormat "#,##0" with Vietnamese separators would, but
     * without building a formatter per call: the report formats about a thousand figures).
     */
    public static String number(long value) {
        String digits = Long.toString(value);
        int sign = value < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder b = new StringBuilder(digits.length() + length / 3).append(digits, 0, sign);
        int first = length % 3 == 0 ? 3 : length % 3;
        b.append(digits, sign, sign + first);
        for (int i = sign + first; i < digits.length(); i += 3) {
            b.append('.').append(digits, i, i + 3);
        }
        return b.toString();
    }

    /** A file or disk size as people read it: "512 KB", "850 MB", "1,9 GB", "1.024 GB" (binary units). */
    public static String bytes(long value) {
        if (value < 1L << 20) {
            return number((value + 1023) / 1024) + " KB";
        }
        if (value < 1L << 30) {
            return number(value >> 20) + " MB";
        }
        long tenths = Math.round(value * 10.0 / (1L << 30));
        return number(tenths / 10) + (tenths < 10_000 && tenths % 10 != 0 ? "," + tenths % 10 : "") + " GB";
    }

    /** A whole number, its thousands grouped by "." or not (compiled once: imports parse one per cell). */
    private static final java.util.regex.Pattern WHOLE =
            java.util.regex.Pattern.compile("-?\\d{1,18}|-?\\d{1,3}(\\.\\d{3}){1,5}");

    /** Parses "10.215", "10 215" or "10215"; refuses decimals and other text with a message. */
    public static long parseNumber(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(new Violation("number", "validation.required"));
        }
        // Separators must group thousands ("10.215", "10 215"): "10.5" is a decimal to a reader, not 105.
        String grouped = text.strip().replace(' ', '.').replace('\u00a0', '.');
        if (!WHOLE.matcher(grouped).matches()) {
            throw new ValidationException(new Violation("number", "validation.notANumber", text.strip()));
        }
        return Long.parseLong(grouped.replace(".", ""));
    }
}
