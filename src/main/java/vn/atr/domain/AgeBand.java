package vn.atr.domain;

/** Age bands used in the report's victim breakdown. */
public enum AgeBand {
    UNDER_16, FROM_16_TO_17, FROM_18_TO_30, FROM_31_TO_50, OVER_50, UNKNOWN;

    public static AgeBand ofAge(int age) {
        if (age < 16) {
            return UNDER_16;
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
