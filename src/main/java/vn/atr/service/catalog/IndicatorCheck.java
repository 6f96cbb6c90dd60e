package vn.atr.service.catalog;

import java.time.LocalDate;
import java.util.Optional;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.domain.catalog.IndicatorRules;
import vn.atr.store.CatalogRepository;

/**
 * The record services' one question to the catalogue: may a new or changed record of this date use
 * this entry? A retired entry keeps its history (records dated before retirement stay and can be
 * corrected) but refuses records dated from its retirement on.
 */
public final class IndicatorCheck {
    private final CatalogRepository catalog;

    public IndicatorCheck(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    /** The catalogue's rule on an activity's quantity (see {@link vn.atr.domain.RecordValidator#quantityProblem}). */
    public Optional<Violation> quantityProblem(vn.atr.domain.Activity a) {
        return a.typeCode() == null ? Optional.empty() : catalog.find(a.typeCode())
                .filter(i -> i.kind() == IndicatorKind.ACTIVITY)
                .flatMap(i -> vn.atr.domain.RecordValidator.quantityProblem(a, countedByQuantity(i), i.nameVi()));
    }

    /** As the report counts it: materials and media by their quantity, the rest by their records. */
    static boolean countedByQuantity(Indicator i) {
        return (i.section() == vn.atr.domain.catalog.IndicatorSection.MATERIALS
                || i.section() == vn.atr.domain.catalog.IndicatorSection.MEDIA)
                && i.measure() != vn.atr.domain.Measure.SESSIONS;
    }

    public void requireUsable(String field, String code, IndicatorKind kind, LocalDate day) {
        if (code == null || code.isBlank()) {
            return; // the record's own validation names the missing field
        }
        Optional<Indicator> entry = catalog.find(code).filter(i -> i.kind() == kind);
        if (entry.isEmpty()) {
            throw new ValidationException(new Violation(field, "catalog.unknownForRecord", code));
        }
        IndicatorRules.dateProblem(field, entry.get(), day).ifPresent(v -> {
            throw new ValidationException(v);
        });
    }
}
