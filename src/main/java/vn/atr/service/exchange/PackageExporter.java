package vn.atr.service.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.atr.store.CatalogRepository;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.format.pkg.PackageJson;
import vn.atr.service.ServiceException;

/**
 * The data entries of one export: the records of the period (and unit) as JSON lines per entity,
 * victims with their case, and, only when asked, the identifiers of the victims exported.
 */
final class PackageExporter {
    private final List<ExchangeEntity<?>> entities;
    private final IdentityTransfer identities;
    final Map<String, byte[]> data = new LinkedHashMap<>();
    final Map<String, Long> counts = new LinkedHashMap<>();
    /** The deleted records among those written (they travel so that the receiver deletes them too). */
    long deletions;
    /** Ids of the cases and victims written so far (ids are unique across kinds). */
    private final Set<String> selected = new HashSet<>();

    /** The catalogue codes the exported activities and metrics use (their entries travel with them). */
    private final Set<String> codesUsed = new java.util.LinkedHashSet<>();
    private final CatalogRepository catalog;

    PackageExporter(List<ExchangeEntity<?>> entities, IdentityTransfer identities, CatalogRepository catalog) {
        this.entities = entities;
        this.identities = identities;
        this.catalog = catalog;
    }

    /** {@code units}: the unit exported and the units within it; null for every unit. */
    PackageExporter collect(ReportPeriod period, Set<String> units, boolean withIdentifiers) {
        for (ExchangeEntity<?> e : entities) {
            lines(e, period, units);
        }
        data.put(PackageCatalog.ENTITY, PackageCatalog.encode(catalog.list().stream()
                .filter(i -> codesUsed.contains(i.code())).toList()));
        if (withIdentifiers) {
            long[] n = {0};
            data.put(IdentityTransfer.ENTITY, identities.export(selected, n));
            counts.put(IdentityTransfer.ENTITY, n[0]);
        }
        return this;
    }

    private <T> void lines(ExchangeEntity<T> e, ReportPeriod period, Set<String> units) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] n = {0};
        java.util.function.Predicate<T> selects = e.selects(period, units);
        // The store narrows the rows to the period and units; each is then chosen here as before. Victims travel with
        // their case, whatever their own unit: all of them are read and kept by case.
        Set<String> narrowedTo = e.type() == Victim.class ? null : units;
        try {
            e.repo().forEachInPeriod(period.from(), period.to(), narrowedTo, r -> {
                boolean chosen = r instanceof Victim v && v.caseId() != null
                        ? selected.contains(v.caseId()) : selects.test(r);
                if (chosen) {
                    if (r instanceof TraffickingCase || r instanceof Victim) {
                        selected.add(e.meta().apply(r).id());
                    }
                    PackageCatalog.addCodeUsed(r, codesUsed);
                    try {
                        out.write(PackageJson.mapper().writeValueAsBytes(r));
                    } catch (IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                    out.write('\n');
                    n[0]++;
                    if (e.meta().apply(r).deleted()) {
                        deletions++;
                    }
                }
            });
        } catch (java.io.UncheckedIOException ex) {
            throw new ServiceException(Messages.get("exchange.export.failed", e.name(), ex.getCause().getMessage()));
        }
        data.put(e.name(), out.toByteArray());
        counts.put(e.name(), n[0]);
    }
}
