package vn.atr.service.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.atr.domain.Activity;
import vn.atr.domain.OutreachMetric;
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
    /** Ids of the cases and victims written so far (ids are unique across kinds). */
    private final Set<String> selected = new HashSet<>();

    private final List<Object> written = new ArrayList<>();
    private final CatalogRepository catalog;

    PackageExporter(List<ExchangeEntity<?>> entities, IdentityTransfer identities, CatalogRepository catalog) {
        this.entities = entities;
        this.identities = identities;
        this.catalog = catalog;
    }

    PackageExporter collect(ReportPeriod period, String unit, boolean withIdentifiers) {
        for (ExchangeEntity<?> e : entities) {
            lines(e, period, unit);
        }
        Set<String> used = PackageCatalog.codesUsed(written);
        data.put(PackageCatalog.ENTITY, PackageCatalog.encode(catalog.list().stream()
                .filter(i -> used.contains(i.code())).toList()));
        if (withIdentifiers) {
            long[] n = {0};
            data.put(IdentityTransfer.ENTITY, identities.export(selected, n));
            counts.put(IdentityTransfer.ENTITY, n[0]);
        }
        return this;
    }

    private <T> void lines(ExchangeEntity<T> e, ReportPeriod period, String unit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = 0;
        try {
            for (T r : e.repo().listAll()) {
                // A victim travels with its case (the report counts victims by their case's period).
                boolean chosen = r instanceof Victim v && v.caseId() != null
                        ? selected.contains(v.caseId()) : e.selects(period, unit).test(r);
                if (chosen) {
                    if (r instanceof TraffickingCase || r instanceof Victim) {
                        selected.add(e.meta().apply(r).id());
                    }
                    out.write(PackageJson.mapper().writeValueAsBytes(r));
                    if (r instanceof Activity || r instanceof OutreachMetric) {
                        written.add(r);
                    }
                    out.write('\n');
                    n++;
                }
            }
        } catch (IOException ex) {
            throw new ServiceException(Messages.get("exchange.export.failed", e.name(), ex.getMessage()));
        }
        data.put(e.name(), out.toByteArray());
        counts.put(e.name(), n);
    }
}
