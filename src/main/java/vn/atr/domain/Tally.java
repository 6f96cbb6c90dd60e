package vn.atr.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a breakdown in the report: a key (code or enum name), its label, a count and a second
 * figure where the breakdown has one (the amount in VND for support, the victims for cases by unit).
 */
public record Tally(String key, String label, long count, long value) {
    public Tally withLabel(String newLabel) {
        return new Tally(key, newLabel, count, value);
    }

    /**
     * Rows of free text merged as people read them ({@link Text#key}): "Mường" typed composed or
     * decomposed, or "mường ", is one row, under the spelling of its largest part; largest rows first.
     */
    public static List<Tally> mergedAsRead(List<Tally> rows) {
        Map<String, Tally> merged = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparingLong(Tally::count).reversed()).forEach(r -> {
            String spelled = Text.nfc(r.key()).strip();
            merged.merge(Text.key(r.key()), new Tally(spelled, Text.nfc(r.label()).strip(), r.count(), r.value()),
                    (a, b) -> new Tally(a.key(), a.label(), a.count() + b.count(), a.value() + b.value()));
        });
        List<Tally> out = new ArrayList<>(merged.values());
        out.sort(Comparator.comparingLong(Tally::count).reversed().thenComparing(Tally::key));
        return out;
    }
}
