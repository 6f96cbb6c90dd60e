package vn.atr.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period. Decree 09/2019/NĐ-CP art. 12 cuts every periodic report off on the 14th: the annual
 * report covers 15 December of the previous year to 14 December of the report year, the 6-month and
 * 9-month reports start on the same day and end on 14 June and 14 September, a quarter runs from the 15th
 * of the month before it to the 14th of its last month, a month from the 15th of the month before. The
 * kind is read from the dates ({@link #kind()}), so a period is only ever its two dates.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    public static final MonthDay YEAR_START = MonthDay.of(12, 15);
    public static final MonthDay YEAR_END = MonthDay.of(12, 14);
    public static final int CUT_OFF_DAY = 14;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    /** 2024, 2024-9M, 2024-H1, 2024-Q3, 2024-03. */
    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(9M|H1|Q([1-4])|(0[1-9]|1[0-2])))?");

    public ReportPeriod {
        if (from == null || to == null) {
            throw new ValidationException(new Violation("period", "validation.required"));
        }
        if (to.isBefore(from)) {
            throw new ValidationException(new Violation("period", "validation.periodBackwards",
                    VnFormats.date(to), VnFormats.date(from)));
        }
    }

    public static ReportPeriod ofYear(int year) {
        return endingIn(year, 12);
    }

    /** 15/12 of the previous year to 14/06. */
    public static ReportPeriod ofHalfYear(int year) {
        return endingIn(year, 6);
    }

    /** 15/12 of the previous year to 14/09. */
    public static ReportPeriod ofNineMonths(int year) {
        return endingIn(year, 9);
    }

    /** Quarter 1 to 4: from the 15th of the month before its first month to the 14th of its last month. */
    public static ReportPeriod ofQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new ValidationException(new Violation("period", "validation.periodCode", year + "-Q" + quarter));
        }
        LocalDate to = cutOff(year, quarter * 3);
        return new ReportPeriod(to.minusMonths(3).plusDays(1), to);
    }

    /** Month 1 to 12: from the 15th of the month before to the 14th. */
    public static ReportPeriod ofMonth(int year, int month) {
        if (month < 1 || month > 12) {
            throw new ValidationException(new Violation("period", "validation.periodCode",
                    String.format("%d-%02d", year, month)));
        }
        LocalDate to = cutOff(year, month);
        return new ReportPeriod(to.minusMonths(1).plusDays(1), to);
    }

    /** From 15 December of the year before to the 14th of {@code lastMonth}. */
    private static ReportPeriod endingIn(int year, int lastMonth) {
        return new ReportPeriod(YEAR_START.atYear(checkedYear(year) - 1), cutOff(year, lastMonth));
    }

    private static LocalDate cutOff(int year, int month) {
        return LocalDate.of(checkedYear(year), month, CUT_OFF_DAY);
    }

    private static int checkedYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ValidationException(new Violation("year", "validation.yearOutOfRange", String.valueOf(year)));
        }
        return year;
    }

    /**
     * A period by its code: {@code 2024} (year), {@code 2024-H1} (6 months), {@code 2024-9M} (9 months),
     * {@code 2024-Q3} (quarter), {@code 2024-03} (month). Anything else is refused naming the text.
     */
    public static ReportPeriod parse(String code) {
        String text = code == null ? "" : code.strip();
        Matcher m = CODE.matcher(text.toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new ValidationException(new Violation("period", "validation.periodCode", text));
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        if (part == null) {
            return ofYear(year);
        }
        if (part.equals("9M")) {
            return ofNineMonths(year);
        }
        if (part.equals("H1")) {
            return ofHalfYear(year);
        }
        if (m.group(3) != null) {
            return ofQuarter(year, Integer.parseInt(m.group(3)));
        }
        return ofMonth(year, Integer.parseInt(m.group(4)));
    }

    /** The report year a day belongs to: 20/12/2023 is in report year 2024. */
    public static int reportYearOf(LocalDate day) {
        return MonthDay.from(day).isAfter(YEAR_END) ? day.getYear() + 1 : day.getYear();
    }

    /** The reporting month a day belongs to (month M runs from the 15th of M-1 to the 14th): 20/02/2023 is 03/2023. */
    /** The reporting months the period holds, in order, the first and last possibly in part. */
    public java.util.List<java.time.YearMonth> reportMonths() {
        java.util.List<java.time.YearMonth> months = new java.util.ArrayList<>();
        for (java.time.YearMonth m = reportMonthOf(from); !m.isAfter(reportMonthOf(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public static java.time.YearMonth reportMonthOf(LocalDate day) {
        return java.time.YearMonth.from(day).plusMonths(day.getDayOfMonth() > YEAR_END.getDayOfMonth() ? 1 : 0);
    }

    /** Which of the decree's periods this is, read from its dates; {@link PeriodKind#CUSTOM} for any other range. */
    public PeriodKind kind() {
        if (to.getDayOfMonth() != CUT_OFF_DAY || from.getDayOfMonth() != CUT_OFF_DAY + 1) {
            return PeriodKind.CUSTOM;
        }
        LocalDate yearStart = YEAR_START.atYear(to.getYear() - 1);
        int month = to.getMonthValue();
        if (from.equals(yearStart)) {
            switch (month) {
                case 12: return PeriodKind.YEAR;
                case 9: return PeriodKind.NINE_MONTHS;
                case 6: return PeriodKind.HALF_YEAR;
                case 3: return PeriodKind.QUARTER;
                case 1: return PeriodKind.MONTH;
                default: return PeriodKind.CUSTOM;
            }
        }
        if (from.equals(to.minusMonths(1).plusDays(1))) {
            return PeriodKind.MONTH;
        }
        if (month % 3 == 0 && from.equals(to.minusMonths(3).plusDays(1))) {
            return PeriodKind.QUARTER;
        }
        return PeriodKind.CUSTOM;
    }

    /** The report year of a period of a kind (the year of its cut-off date). */
    public int year() {
        return to.getYear();
    }

    /** The quarter (1-4) of a quarter, the month (1-12) of a month; 0 for the other kinds. */
    public int part() {
        return switch (kind()) {
            case QUARTER -> to.getMonthValue() / 3;
            case MONTH -> to.getMonthValue();
            default -> 0;
        };
    }

    /** The code {@link #parse} reads ({@code 2024-H1}); a period of no kind gives its ISO dates. */
    public String code() {
        String y = String.valueOf(year());
        return switch (kind()) {
            case YEAR -> y;
            case NINE_MONTHS -> y + "-9M";
            case HALF_YEAR -> y + "-H1";
            case QUARTER -> y + "-Q" + part();
            case MONTH -> String.format("%s-%02d", y, part());
            case CUSTOM -> from.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + to.format(DateTimeFormatter.BASIC_ISO_DATE);
        };
    }

    /** The same period of {@code year} (a period of no kind keeps its days and months). */
    public ReportPeriod inYear(int year) {
        return switch (kind()) {
            case YEAR -> ofYear(year);
            case NINE_MONTHS -> ofNineMonths(year);
            case HALF_YEAR -> ofHalfYear(year);
            case QUARTER -> ofQuarter(year, part());
            case MONTH -> ofMonth(year, part());
            case CUSTOM -> new ReportPeriod(from.plusYears(year - to.getYear()), to.plusYears(year - to.getYear()));
        };
    }

    /**
     * The period the report compares with: the same period of the previous year for the decree's kinds
     * ("so với cùng kỳ năm 2023"); for any other range, the range of the same length just before it.
     */
    public ReportPeriod previous() {
        if (kind() != PeriodKind.CUSTOM) {
            return inYear(year() - 1);
        }
        long days = to.toEpochDay() - from.toEpochDay();
        LocalDate prevTo = from.minusDays(1);
        return new ReportPeriod(prevTo.minusDays(days), prevTo);
    }

    public boolean isReportYear() {
        return kind() == PeriodKind.YEAR;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public String toString() {
        return VnFormats.date(from) + " - " + VnFormats.date(to);
    }
}
