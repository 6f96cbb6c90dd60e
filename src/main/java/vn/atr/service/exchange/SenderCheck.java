package vn.atr.service.exchange;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import vn.atr.domain.Messages;
import vn.atr.domain.access.PackageSender;
import vn.atr.format.pkg.Manifest;
import vn.atr.service.ServiceException;
import vn.atr.store.AdminUnitRepository;
import vn.atr.store.PackageTrustRepository;

/**
 * Whether this store accepts a (signature-checked) package from its signer: the signer must be
 * approved, the manifest must claim the signer's own installation and its unit or a unit within it,
 * and every record must be of that unit or a unit within it. This installation's own packages are trusted without a list entry.
 */
final class SenderCheck {
    private final PackageTrustRepository repo;
    private final AdminUnitRepository units;
    private final SigningKeys ownKey;

    SenderCheck(PackageTrustRepository repo, AdminUnitRepository units, SigningKeys ownKey) {
        this.repo = repo;
        this.units = units;
        this.ownKey = ownKey;
    }

    /** The units the package's records may belong to; null means any unit. */
    Set<String> check(Manifest m) {
        String fingerprint = identity(m);
        if (m.signed() && fingerprint.equals(ownKey.fingerprint())) {
            return null;
        }
        PackageSender known = repo.find(fingerprint).orElse(null);
        if (known == null || known.status() == PackageSender.Status.PENDING) {
            throw new UnknownSenderException(known != null ? known : new PackageSender(fingerprint, m.signerKey(),
                    m.sourceUnit(), m.installationId(), PackageSender.Status.PENDING, Instant.now(), null, null));
        }
        if (known.status() == PackageSender.Status.REVOKED) {
            throw new ServiceException(Messages.get("exchange.trust.revoked", fingerprint));
        }
        if (!known.installation().equals(m.installationId())) {
            throw new ServiceException(Messages.get("exchange.trust.otherInstallation", fingerprint,
                    m.installationId(), known.installation()));
        }
        if (known.unit() == null) {
            return null;
        }
        Set<String> scope = new HashSet<>(units.codesWithin(known.unit()));
        scope.add(known.unit());
        if (m.sourceUnit() == null || !scope.contains(m.sourceUnit())) {
            throw new ServiceException(Messages.get("exchange.trust.otherUnit", fingerprint,
                    m.sourceUnit() == null ? Messages.get("exchange.plan.allUnits")
                            : Messages.get("trust.oneUnit", m.sourceUnit()), known.unit()));
        }
        return scope;
    }

    /** Refuses the package at its first record of a unit outside {@code scope} (null: any unit). */
    static void checkUnits(Manifest m, Set<String> scope, Iterable<ImportPlanner.Decoded<?>> decoded) {
        if (scope == null) {
            return;
        }
        for (ImportPlanner.Decoded<?> d : decoded) {
            checkUnits(m, scope, d);
        }
    }

    private static <T> void checkUnits(Manifest m, Set<String> scope, ImportPlanner.Decoded<T> d) {
        for (T r : d.records()) {
            String unit = d.entity().unit().apply(r);
            if (!scope.contains(unit)) {
                throw new ServiceException(Messages.get("exchange.trust.foreignRecord",
                        identity(m),
                        d.entity().name(), d.entity().meta().apply(r).id(), String.valueOf(unit), m.sourceUnit()));
            }
        }
    }

    /** The signer's fingerprint, or the installation's fingerprint-less identity for an unsigned package. */
    static String identity(Manifest m) {
        return m.signed() ? m.signerFingerprint() : PackageSender.unsignedFingerprint(m.installationId());
    }
}
