package vn.atr.domain;

/**
 * Age bands used in the report's victim breakdown, as child-protection reporting counts children: under 6,
 * 6 to under 12, 12 to under 16, 16 to under 18. {@code UNDER_16} is the one band for children that earlier
 * versions stored: still read, counted and offered for a child whose exact age is not known (stored values
 * are not rewritten, since the age at the time is not always known). Adults over 30 stay split at 50.
 */
public enum AgeBand {
    UNDER_6, FROM_6_TO_11, FROM_12_TO_15, UNDER_16, FROM_16_TO_17, FROM_18_TO_30, FROM_31_TO_50, OVER_50, UNKNOWN;

    public static AgeBand ofAge(int age) {
        if (age < 6) {
            return UNDER_6;
        } else if (age < 12) {
            return FROM_6_TO_11;
        } else if (age < 16) {
            return FROM_12_TO_15;
        } else if (age < 18) {
            return FROM_16_TO_17;
        } else if (age <= 30) {
            return FROM_18_TO_30;
        } else if (age <= 50) {
            return FROM_31_TO_50;
        }
        return OVER_50;
    }
}
