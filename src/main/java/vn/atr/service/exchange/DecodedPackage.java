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
                      List<Indicator> catalog, Set<String> codesUsed) {

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
                used);
    }
}
