package vn.atr.service.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.Messages;
import vn.atr.format.pkg.PackageReader;
import vn.atr.service.ServiceException;

/**
 * A package read, verified (structure, manifest, checksums, decryption) and decoded into records, not yet
 * planned against a store. Needs no store, so a batch prepares the next packages on another thread.
 */
record DecodedPackage(Path file, PackageReader.Contents contents, List<ImportPlanner.Decoded<?>> entities,
                      List<Indicator> catalog, Set<String> codesUsed, vn.atr.store.RollupParts.Prepared part) {

    /**
     * For a roll-up store (ADR 0203, 0204): its live activities prepared as a part, still on the read-ahead thread.
     * The write uses it only if the plan's records are these.
     */
    DecodedPackage preparedAsPart(vn.atr.store.RollupParts parts) {
        List<vn.atr.domain.Activity> live = new ArrayList<>();
        for (ImportPlanner.Decoded<?> d : entities) {
            if (d.entity().type() == vn.atr.domain.Activity.class) {
                for (Object r : d.records()) {
                    vn.atr.domain.Activity a = (vn.atr.domain.Activity) r;
                    if (!a.meta().deleted()) {
                        live.add(a);
                    }
                }
            }
        }
        return new DecodedPackage(file, contents, entities, catalog, codesUsed, parts.prepare(live));
    }

    static DecodedPackage read(Path file, char[] password, List<ExchangeEntity<?>> kinds) {
        PackageReader.Contents c = new PackageReader().read(file, password);
        for (String name : c.entities().keySet()) {
            if (!name.equals(IdentityTransfer.ENTITY) && !name.equals(PackageCatalog.ENTITY) && kinds.stream().noneMatch(e -> e.name().equals(name))) {
                throw new ServiceException(Messages.get("exchange.import.unknownEntity", name));
            }
        }
        List<ImportPlanner.Decoded<?>> decoded = new ArrayList<>();
        for (ExchangeEntity<?> e : kinds) { // in import order: cases before their victims before support
            byte[] lines = c.entities().get(e.name());
            if (lines != null) {
                decoded.add(ImportPlanner.decode(e, lines));
            }
        }
        // The indicator codes its records use, found here on the read-ahead thread rather than by the plan.
        Set<String> used = PackageCatalog.codesUsed(decoded.stream().flatMap(x -> x.records().stream()).toList());
        return new DecodedPackage(file, c, decoded, PackageCatalog.decode(c.entities().get(PackageCatalog.ENTITY)),
                used, null);
    }
}
