package vn.atr.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A reporting period. Decree 09/2019/NĐ-CP art. 12: the annual report covers 15 December of the
 * previous year to 14 December of the report year.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    public static final MonthDay YEAR_START = MonthDay.of(12, 15);
    public static final MonthDay YEAR_END = MonthDay.of(12, 14);

    public ReportPeriod {
        if (from == null || to == null) {
            throw new ValidationException(new Violation("period", "validation.required"));
        }
        if (to.isBefore(from)) {
            throw new ValidationException(new Violation("period", "validation.endBeforeStart",
                    VnFormats.date(to), VnFormats.date(from)));
        }
    }

    public static ReportPeriod ofYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new ValidationException(new Violation("year", "validation.yearOutOfRange", String.valueOf(year)));
        }
        return new ReportPeriod(YEAR_START.atYear(year - 1), YEAR_END.atYear(year));
    }

    /** The report year a day belongs to: 20/12/2023 is in report year 2024. */
    public static int reportYearOf(LocalDate day) {
        return MonthDay.from(day).isAfter(YEAR_END) ? day.getYear() + 1 : day.getYear();
    }

    /** The period of the same length just before this one (for "compared to last year"). */
    public ReportPeriod previous() {
        if (isReportYear()) {
            return ofYear(to.getYear() - 1);
        }
        long days = to.toEpochDay() - from.toEpochDay();
        LocalDate prevTo = from.minusDays(1);
        return new ReportPeriod(prevTo.minusDays(days), prevTo);
    }

    public boolean isReportYear() {
        return MonthDay.from(from).equals(YEAR_START) && MonthDay.from(to).equals(YEAR_END)
                && to.getYear() == from.getYear() + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public String toString() {
        return VnFormats.date(from) + " - " + VnFormats.date(to);
    }
}
