package vn.atr.ui.common;

import java.util.List;
import javafx.util.StringConverter;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;

/** Reporting periods as people name them ("6 tháng đầu năm 2024 (15/12/2023 - 14/06/2024)"), for the period choosers. */
public final class PeriodLabels {
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

    private PeriodLabels() {
    }

    public static String label(ReportPeriod p) {
        if (p == null) {
            return "";
        }
        String year = String.valueOf(p.year());
        return switch (p.kind()) {
            case YEAR -> Messages.get("period.year", year, p.toString());
            case NINE_MONTHS -> Messages.get("period.nineMonths", year, p.toString());
            case HALF_YEAR -> Messages.get("period.halfYear", year, p.toString());
            case QUARTER -> Messages.get("period.quarter", year, p.toString(), ROMAN.get(p.part() - 1));
            case MONTH -> Messages.get("period.month", year, p.toString(), String.valueOf(p.part()));
            case CUSTOM -> p.toString();
        };
    }

    /** For a combo box of periods (display only: nothing is typed). */
    public static StringConverter<ReportPeriod> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(ReportPeriod p) {
                return label(p);
            }

            @Override
            public ReportPeriod fromString(String s) {
                return null;
            }
        };
    }
}
