package vn.atr.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * ISO dates and instants as the store and packages write them ("2026-03-05", "2026-03-05T08:15:30.123Z"),
 * read and written without the general {@code DateTimeFormatter} machinery: a merge reads and writes several
 * of them per record, and the formatter was a tenth of its time. The results equal {@link LocalDate#parse},
 * {@link Instant#parse} and {@link Instant#toString}; any text outside the usual form (another year range,
 * an offset, a leap second, a bad value) goes to those methods, so it is read, or refused with their exception,
 * exactly as before.
 */
public final class IsoTimes {
    private static final int SECONDS_PER_DAY = 86_400;
    /** What a fraction of 1 to 9 digits is multiplied by to make nanoseconds. */
    private static final int[] SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1000, 100, 10, 1};

    private IsoTimes() {
    }

    /** {@link LocalDate#parse(CharSequence)} of "yyyy-MM-dd". */
    public static LocalDate date(String s) {
        LocalDate d = s != null && s.length() == 10 ? dateOrNull(s) : null;
        return d != null ? d : LocalDate.parse(s);
    }

    /** {@link Instant#parse(CharSequence)} of "yyyy-MM-ddTHH:mm:ss[.f...]Z" (1 to 9 fraction digits). */
    public static Instant instant(String s) {
        int n = s == null ? 0 : s.length();
        if (n >= 20 && s.charAt(10) == 'T' && s.charAt(13) == ':' && s.charAt(16) == ':' && s.charAt(n - 1) == 'Z'
                && (n == 20 || n >= 22 && n <= 30 && s.charAt(19) == '.')) {
            int h = digits(s, 11, 13);
            int mi = digits(s, 14, 16);
            int sec = digits(s, 17, 19);
            int nanos = 0;
            if (n > 20) {
                int f = digits(s, 20, n - 1);
                nanos = f < 0 ? -1 : f * SCALE[n - 21];
            }
            if (h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && sec >= 0 && sec <= 59 && nanos >= 0) {
                LocalDate day = dateOrNull(s);
                if (day != null) {
                    return Instant.ofEpochSecond(day.toEpochDay() * SECONDS_PER_DAY + h * 3600L + mi * 60L + sec,
                            nanos);
                }
            }
        }
        return Instant.parse(s);
    }

    /** A day's "yyyy-MM-ddT", kept for the next time (immutable: threads may share it, at worst recomputing it). */
    private record Day(long epochDay, String text) {
    }

    private static volatile Day lastDay = new Day(Long.MIN_VALUE, "");

    /** {@link Instant#toString()}: fraction digits in groups of three, none when whole. */
    public static String text(Instant i) {
        long days = Math.floorDiv(i.getEpochSecond(), SECONDS_PER_DAY);
        int secs = (int) Math.floorMod(i.getEpochSecond(), SECONDS_PER_DAY);
        if (days < -719_528 || days > 2_932_896) { // outside years 0000-9999: the JDK's own form
            return i.toString();
        }
        Day day = lastDay;
        if (day.epochDay() != days) { // records written together mostly share their day
            LocalDate d = LocalDate.ofEpochDay(days);
            StringBuilder t = new StringBuilder(11);
            pad(t, d.getYear(), 4).append('-');
            pad(t, d.getMonthValue(), 2).append('-');
            pad(t, d.getDayOfMonth(), 2).append('T');
            day = new Day(days, t.toString());
            lastDay = day;
        }
        StringBuilder b = new StringBuilder(30).append(day.text());
        pad(b, secs / 3600, 2).append(':');
        pad(b, secs / 60 % 60, 2).append(':');
        pad(b, secs % 60, 2);
        int nano = i.getNano();
        if (nano != 0) {
            b.append('.');
            if (nano % 1_000_000 == 0) {
                pad(b, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                pad(b, nano / 1000, 6);
            } else {
                pad(b, nano, 9);
            }
        }
        return b.append('Z').toString();
    }

    private static LocalDate dateOrNull(String s) {
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        if (s.charAt(4) != '-' || s.charAt(7) != '-' || y < 0 || m < 1 || m > 12 || d < 1
                || d > java.time.Month.of(m).length(java.time.Year.isLeap(y))) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    /** The decimal number in {@code s[from, to)}, or -1 if a character is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** {@code value} (never negative here) in at least {@code width} digits, written without a String per field. */
    private static StringBuilder pad(StringBuilder b, int value, int width) {
        int div = 1;
        for (int k = 1; k < width; k++) {
            div *= 10;
        }
        if (value / 10 >= div) { // wider than the field: all its digits
            return b.append(value);
        }
        for (; div > 0; div /= 10) {
            b.append((char) ('0' + value / div % 10));
        }
        return b;
    }
}
