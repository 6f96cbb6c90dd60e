package vn.atr.domain;

/** What the year's plan sets for one catalogue indicator, in the indicator's headline figure. */
public record IndicatorTarget(int year, String indicatorCode, long target) {

    public IndicatorTarget {
        indicatorCode = indicatorCode == null ? null : Text.nfc(indicatorCode).strip();
    }
}
