package vn.atr.domain;

/**
 * One row of a breakdown in the report: a key (code or enum name), its label, a count and a second
 * figure where the breakdown has one (the amount in VND for support, the victims for cases by unit).
 */
public record Tally(String key, String label, long count, long value) {
    public Tally withLabel(String newLabel) {
        return new Tally(key, newLabel, count, value);
    }
}
