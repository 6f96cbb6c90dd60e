package vn.atr.service.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.DirectionDocument;

/**
 * Which direction documents a report quotes, and in which order. A unit's report quotes the documents of its own
 * units and of the bodies above it, never another ward's (they were being cited in a ward's report as if its
 * chairman had issued them); the whole store's report quotes all of them. The legal basis cites only the plans of
 * the report's own unit or of the bodies above it: a ward's plan is not what a Department works under. Documents
 * come from the higher bodies first (the city, then the district, then the commune), each body's in date order.
 */
final class ReportDocuments {
    private final Function<String, Optional<AdminUnit>> units;

    ReportDocuments(Function<String, Optional<AdminUnit>> units) {
        this.units = units;
    }

    /**
     * The documents a report of {@code scope} (the unit's codes; empty for the whole store) quotes, higher bodies
     * first; {@code reportUnit} is the extract's unit, else the store's own unit (may be null).
     */
    List<DirectionDocument> quoted(List<DirectionDocument> issued, List<String> scope, String reportUnit) {
        Set<String> above = selfAndAbove(reportUnit);
        return issued.stream()
                .filter(d -> scope.isEmpty() || scope.contains(d.unitCode()) || above.contains(d.unitCode()))
                .sorted(Comparator.comparingInt((DirectionDocument d) -> rank(d.unitCode()))
                        .thenComparing(DirectionDocument::issuedOn))
                .toList();
    }

    /** The plans the legal basis may cite: those recorded under the report's unit or a body above it. */
    List<DirectionDocument> citable(List<DirectionDocument> plans, String reportUnit) {
        Set<String> above = selfAndAbove(reportUnit);
        return plans.stream()
                .filter(d -> above.isEmpty() ? rank(d.unitCode()) == 0 : above.contains(d.unitCode()))
                .sorted(Comparator.comparingInt((DirectionDocument d) -> rank(d.unitCode()))
                        .thenComparing(DirectionDocument::issuedOn))
                .toList();
    }

    /** The unit and every unit above it; empty for no unit. */
    private Set<String> selfAndAbove(String code) {
        Set<String> out = new HashSet<>();
        Optional<AdminUnit> u = code == null ? Optional.empty() : units.apply(code);
        while (u.isPresent() && out.add(u.get().code())) {
            u = u.get().parentCode() == null ? Optional.empty() : units.apply(u.get().parentCode());
        }
        return out;
    }

    /** 0 for a province, 1 for a district, 2 for a commune, 3 for a unit not in the list. */
    private int rank(String code) {
        return code == null ? 3 : units.apply(code).map(u -> u.level().ordinal()).orElse(3);
    }
}
