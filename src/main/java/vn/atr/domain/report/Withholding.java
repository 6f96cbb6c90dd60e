package vn.atr.domain.report;

import java.util.List;

/**
 * Complementary withholding of small victim counts (ADR 0195). A count from 1 to 4 reads "< 5"; when the counts
 * hidden in a breakdown add up to under 5, the total less the counts shown gives that sum back ("13 victims: 10
 * women, < 5 men" is 3 men). So the smallest other counts of that breakdown are withheld as well ("x") until the
 * hidden ones add up to 5 or more.
 */
public final class Withholding {
    private Withholding() {
    }

    /**
     * The indexes of the counts withheld beside the small ones of {@code counts}: none when no count is from 1 to 4;
     * else the smallest other counts above zero, one by one, until the withheld counts add up to 5 or more (or none
     * is left). A single small count thus takes the smallest other with it, and two that add up to under 5 (2 and 1
     * of "other provinces", whose sum the total less the city's own count gives) take a third.
     */
    public static java.util.Set<Integer> beside(List<Long> counts) {
        java.util.Set<Integer> withheld = new java.util.HashSet<>();
        long hidden = 0;
        for (int i = 0; i < counts.size(); i++) {
            long c = counts.get(i);
            if (c > 0 && c < ReportOptions.SMALL) {
                hidden += c;
            }
        }
        if (hidden == 0) {
            return withheld;
        }
        while (hidden < ReportOptions.SMALL) {
            int next = -1;
            for (int i = 0; i < counts.size(); i++) {
                long c = counts.get(i);
                if (c >= ReportOptions.SMALL && !withheld.contains(i) && (next < 0 || c < counts.get(next))) {
                    next = i;
                }
            }
            if (next < 0) {
                break;
            }
            withheld.add(next);
            hidden += counts.get(next);
        }
        return withheld;
    }
}
