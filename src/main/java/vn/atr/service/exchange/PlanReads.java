package vn.atr.service.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.catalog.AgeBandEntry;
import vn.atr.domain.catalog.Indicator;
import vn.atr.service.UnitDates;
import vn.atr.store.AdminUnitRepository;
import vn.atr.store.AgeBandRepository;
import vn.atr.store.CatalogRepository;
import vn.atr.store.RollupParts;

/**
 * What planning a package reads that no package can change, read once per plan, or once per batch of packages:
 * the catalogue, the age bands, the units and whether the store takes parts. A batch runs in one transaction that
 * holds the writers' turn, and importing writes none of these. On PostgreSQL each read is a round trip to the
 * server, and reading them again for each of a national merge's 3,321 packages cost about a tenth of its time
 * (ADR 0205). Not for a long-lived service: the catalogue and the units are edited between batches.
 */
final class PlanReads {
    private final CatalogRepository catalog;
    private final AgeBandRepository ageBands;
    private final AdminUnitRepository units;
    private final RollupParts rollup;
    private final UnitDates unitDates;
    private final Map<String, Optional<AdminUnit>> found = new HashMap<>();
    private final Map<String, List<String>> within = new HashMap<>();
    private List<Indicator> indicators;
    private java.util.Set<String> codes;
    private List<AgeBandEntry> bands;
    private Boolean parts;

    PlanReads(CatalogRepository catalog, AgeBandRepository ageBands, AdminUnitRepository units, RollupParts rollup) {
        this.catalog = catalog;
        this.ageBands = ageBands;
        this.units = units;
        this.rollup = rollup;
        this.unitDates = UnitDates.forMerge(units).readingEachUnitOnce();
    }

    List<Indicator> catalogue() {
        if (indicators == null) {
            indicators = catalog.list();
        }
        return indicators;
    }

    java.util.Set<String> catalogueCodes() {
        if (codes == null) {
            codes = catalogue().stream().map(Indicator::code).collect(java.util.stream.Collectors.toSet());
        }
        return codes;
    }

    List<AgeBandEntry> ageBands() {
        if (bands == null) {
            bands = ageBands.list();
        }
        return bands;
    }

    /** The units' dates, each unit read once. */
    UnitDates unitDates() {
        return unitDates;
    }

    Optional<AdminUnit> unit(String code) {
        return found.computeIfAbsent(code, units::find);
    }

    /** {@link AdminUnitRepository#codesWithin}: the unit and the units within it, the unit first. */
    List<String> codesWithin(String code) {
        return within.computeIfAbsent(code, units::codesWithin);
    }

    /** Whether the store takes packages' activities as parts (a roll-up store, ADR 0203). */
    boolean parts() {
        if (parts == null) {
            parts = rollup.enabled();
        }
        return parts;
    }
}
