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
 * (ADR 0205). A batch also reads which units the parts hold, once, and follows what it writes: the first merge of a
 * commune then reads no chunk and no part. Not for a long-lived service: the catalogue and the units are edited
 * between batches.
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

    /** A batch's: the unit table read whole, what the parts hold read once and followed as the batch writes. */
    private final boolean batch;
    private Map<String, List<String>> children;
    private RollupParts.Held held;
    private final java.util.Set<String> written = new java.util.HashSet<>();

    private final SenderAuditHeads auditHeads;
    /** A batch's files, and their contents' SHA-256, read the first time a plan asks. */
    private final List<java.nio.file.Path> files;
    private java.util.Set<String> fileHashes;

    /**
     * {@code batch}: for the many plans of a batch (the unit table and the senders' audit heads read whole, once);
     * else for one plan. {@code files}: a batch's packages, for {@link #inBatch} (none for one plan).
     */
    PlanReads(CatalogRepository catalog, AgeBandRepository ageBands, AdminUnitRepository units, RollupParts rollup,
              SenderAuditHeads auditHeads, boolean batch, List<java.nio.file.Path> files) {
        this.files = files;
        this.catalog = catalog;
        this.auditHeads = batch ? auditHeads.forBatch() : auditHeads;
        this.ageBands = ageBands;
        this.units = units;
        this.rollup = rollup;
        this.batch = batch;
        this.unitDates = UnitDates.forMerge(units).readingEachUnitOnce(found);
    }

    /** The senders' audit heads: in a batch read once and followed as its packages record theirs. */
    SenderAuditHeads auditHeads() {
        return auditHeads;
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
        readUnitTable();
        return found.computeIfAbsent(code, units::find);
    }

    /** {@link AdminUnitRepository#codesWithin}: the unit and the units within it, the unit first. */
    List<String> codesWithin(String code) {
        readUnitTable();
        if (children == null) {
            return within.computeIfAbsent(code, units::codesWithin);
        }
        return within.computeIfAbsent(code, top -> {
            if (!found.containsKey(top)) {
                return List.of(); // as the query: an unknown unit has nothing within it, not even itself
            }
            List<String> codes = new java.util.ArrayList<>(List.of(top));
            java.util.Set<String> seen = new java.util.HashSet<>(codes);
            for (int i = 0; i < codes.size(); i++) { // breadth first, as the recursive query
                for (String child : children.getOrDefault(codes.get(i), List.of())) {
                    if (seen.add(child)) {
                        codes.add(child);
                    }
                }
            }
            return codes;
        });
    }

    /** A batch reads the unit table once (a few thousand rows) instead of a unit or two for each package. */
    private void readUnitTable() {
        if (!batch || children != null) {
            return;
        }
        children = new HashMap<>();
        for (AdminUnit u : units.listAll()) {
            found.put(u.code(), Optional.of(u));
            if (u.parentCode() != null) {
                children.computeIfAbsent(u.parentCode(), k -> new java.util.ArrayList<>()).add(u.code());
            }
        }
    }

    /**
     * Whether the parts may hold chunks of any of {@code units}: false only when a batch knows none was held when it
     * began and none of them was written since.
     */
    boolean mayHoldChunks(java.util.Collection<String> units) {
        return !batch || anyIn(units, held().chunkUnits());
    }

    /** Whether a part may have been taken from any of {@code units}; false as in {@link #mayHoldChunks}. */
    boolean mayHoldParts(java.util.Collection<String> units) {
        return !batch || anyIn(units, held().partSources());
    }

    /** The batch has written a part from {@code source} replacing chunks of {@code units}. */
    void wrotePart(String source, java.util.Collection<String> units) {
        written.add(source);
        written.addAll(units);
    }

    private boolean anyIn(java.util.Collection<String> units, java.util.Set<String> heldBefore) {
        for (String u : units) {
            if (heldBefore.contains(u) || written.contains(u)) {
                return true;
            }
        }
        return false;
    }

    private RollupParts.Held held() {
        if (held == null) {
            held = rollup.heldNow();
        }
        return held;
    }

    /**
     * Whether a file with these contents is one of the batch's: a part taken from it is one the batch brings again
     * (ADR 0209). The files are hashed only when a plan first asks, which only an older file of a part does.
     */
    boolean inBatch(String fileSha256) {
        if (fileHashes == null) {
            fileHashes = new java.util.HashSet<>();
            for (java.nio.file.Path f : files) {
                String sha = ImportRefusals.sha256(f);
                if (sha != null) {
                    fileHashes.add(sha);
                }
            }
        }
        return fileHashes.contains(fileSha256);
    }

    /** Whether the store takes packages' activities as parts (a roll-up store, ADR 0203). */
    boolean parts() {
        if (parts == null) {
            parts = rollup.enabled();
        }
        return parts;
    }
}
