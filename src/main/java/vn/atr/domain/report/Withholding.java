package vn.atr.domain.report;

import java.util.List;

/**
 * Complementary withholding of small victim counts (ADR 0195). A count from 1 to 4 reads "< 5"; when it is the
 * only one of its breakdown, the total and the counts shown would give it back by subtraction ("13 victims: 10
 * women, < 5 men" is 3 men). So the smallest other count of that breakdown is withheld as well ("x"): no hidden
 * count can then be computed from what is printed. Two or more small counts already hide one another.
 */
public final class Withholding {
    private Withholding() {
    }

    /**
     * The index of the count withheld beside the single small one of {@code counts} (the smallest of the other
     * counts above zero), or -1 when none needs to be: no small count, two or more, or nothing else to subtract.
     */
    public static int beside(List<Long> counts) {
        int small = -1;
        int smalls = 0;
        int others = 0;
        for (int i = 0; i < counts.size(); i++) {
            long c = counts.get(i);
            if (c > 0 && c < ReportOptions.SMALL) {
                small = i;
                smalls++;
            } else if (c > 0) {
                others++;
            }
        }
        if (smalls != 1 || others == 0) {
            return -1;
        }
        int withheld = -1;
        for (int i = 0; i < counts.size(); i++) {
            long c = counts.get(i);
            if (i != small && c > 0 && (withheld < 0 || c < counts.get(withheld))) {
                withheld = i;
            }
        }
        return withheld;
    }
}
