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

    /**
     * The units the package's records may belong to; null means any unit. The units within a unit are read through
     * {@code within} (a plan's or a batch's, read once).
     */
    Set<String> check(Manifest m, java.util.function.Function<String, java.util.List<String>> within) {
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
        Set<String> scope = new HashSet<>(within.apply(known.unit()));
        scope.add(known.unit());
        for (String former : repo.formerUnits(fingerprint)) { // dissolved units granted to it (ADR 0196)
            scope.add(former);
            scope.addAll(within.apply(former));
        }
        if (m.sourceUnit() == null || !scope.contains(m.sourceUnit())) {
            String refused = Messages.get("exchange.trust.otherUnit", fingerprint,
                    m.sourceUnit() == null ? Messages.get("exchange.plan.allUnits")
                            : Messages.get("trust.oneUnit", named(m.sourceUnit())), named(known.unit()));
            throw new ServiceException(m.sourceUnit() == null ? refused
                    : formerUnitAdvice(fingerprint, m.sourceUnit()).map(a -> refused + ". " + a).orElse(refused));
        }
        return scope;
    }

    /** Refuses the package at its first record of a unit outside {@code scope} (null: any unit). */
    void checkUnits(Manifest m, Set<String> scope, Iterable<ImportPlanner.Decoded<?>> decoded) {
        if (scope == null) {
            return;
        }
        for (ImportPlanner.Decoded<?> d : decoded) {
            checkUnits(m, scope, d);
        }
    }

    private <T> void checkUnits(Manifest m, Set<String> scope, ImportPlanner.Decoded<T> d) {
        for (T r : d.records()) {
            String unit = d.entity().unit().apply(r);
            if (!scope.contains(unit)) {
                String refused = Messages.get("exchange.trust.foreignRecord",
                        identity(m),
                        d.entity().name(), d.entity().meta().apply(r).id(), String.valueOf(unit), m.sourceUnit());
                throw new ServiceException(formerUnitAdvice(identity(m), unit).map(a -> refused + ". " + a)
                        .orElse(refused));
            }
        }
    }

    /**
     * A record held here under a unit outside the sender's approval is not the sender's to change or delete,
     * whatever unit the package now gives it: a package reusing another ward's record id, "moving" the record into
     * the sender's ward, would otherwise overwrite or delete that ward's record (the plan showed only a changed
     * unit among the fields). Refuses the whole package, as a record of another unit does.
     */
    ImportPlanner.StoredUnits storedUnits(Manifest m, Set<String> scope) {
        if (scope == null) {
            return (entity, id, unit) -> { };
        }
        return (entity, id, unit) -> {
            if (!scope.contains(unit)) {
                throw new ServiceException(Messages.get("exchange.trust.foreignStored", identity(m),
                        ImportPlan.entityLabel(entity).toLowerCase(java.util.Locale.forLanguageTag("vi")), id,
                        named(unit), named(m.sourceUnit())));
            }
        };
    }

    /**
     * A record hung below a parent the package does not carry (a victim below a case, support below a victim)
     * only below a parent held here under a unit of the sender's approval: a new victim of the sender's own unit
     * below another unit's case would count in that unit's figures (the services refuse it to commune staff
     * for the same reason). A parent found nowhere is left to the store's own refusal.
     */
    private static final Set<String> PARENTS_AND_CHILDREN = Set.of("trafficking_case", "victim", "support_service");

    void checkParents(Manifest m, Set<String> scope, Iterable<ImportPlanner.Decoded<?>> decoded,
                      vn.atr.service.Repositories repos) {
        if (scope == null) {
            return;
        }
        Set<String> cases = new HashSet<>();
        Set<String> victims = new HashSet<>();
        java.util.List<vn.atr.domain.Victim> victimRecords = new java.util.ArrayList<>();
        java.util.List<vn.atr.domain.SupportService> supportRecords = new java.util.ArrayList<>();
        for (ImportPlanner.Decoded<?> d : decoded) {
            if (!PARENTS_AND_CHILDREN.contains(d.entity().name())) {
                continue; // activities and metrics hang below nothing
            }
            for (Object r : d.records()) {
                if (r instanceof vn.atr.domain.TraffickingCase c) {
                    cases.add(c.meta().id());
                } else if (r instanceof vn.atr.domain.Victim v) {
                    victims.add(v.meta().id());
                    victimRecords.add(v);
                } else if (r instanceof vn.atr.domain.SupportService s) {
                    supportRecords.add(s);
                }
            }
        }
        java.util.List<String> caseIds = victimRecords.stream().map(vn.atr.domain.Victim::caseId)
                .filter(id -> id != null && !cases.contains(id)).distinct().toList();
        parentsWithin(m, scope, repos.cases().findAll(caseIds), "trafficking_case",
                vn.atr.domain.TraffickingCase::unitCode, vn.atr.domain.TraffickingCase::caseCode);
        java.util.List<String> victimIds = supportRecords.stream().map(vn.atr.domain.SupportService::victimId)
                .filter(id -> id != null && !victims.contains(id)).distinct().toList();
        parentsWithin(m, scope, repos.victims().findAll(victimIds), "victim", vn.atr.domain.Victim::unitCode,
                vn.atr.domain.Victim::victimCode);
    }

    private <P> void parentsWithin(Manifest m, Set<String> scope, java.util.List<P> parents, String entity,
                                   java.util.function.Function<P, String> unit, java.util.function.Function<P, String> code) {
        for (P parent : parents) {
            if (!scope.contains(unit.apply(parent))) {
                throw new ServiceException(Messages.get("exchange.trust.foreignParent", identity(m),
                        ImportPlan.entityLabel(entity).toLowerCase(java.util.Locale.forLanguageTag("vi")),
                        code.apply(parent), named(unit.apply(parent)), named(m.sourceUnit())));
            }
        }
    }

    /** "Quận Hải An (306)". */
    private String named(String code) {
        return code == null ? "" : units.find(code).map(u -> u.name() + " (" + code + ")").orElse(code);
    }

    /** Whether the sender's approval covers a stored victim of {@code unit} (null scope: any unit). */
    static boolean covers(Set<String> scope, String unit) {
        return scope == null || scope.contains(unit);
    }

    /**
     * A record of a unit dissolved in a reorganisation (a district before 01/07/2025) is what a ward formed then
     * filed its earlier work under: the refusal says how an administrator lets this sender send such records.
     */
    private java.util.Optional<String> formerUnitAdvice(String fingerprint, String unit) {
        return units.find(unit).filter(u -> u.validTo() != null).map(u -> Messages.get("exchange.trust.formerUnitAdvice",
                u.name(), vn.atr.domain.VnFormats.date(u.validTo()), fingerprint, u.code()));
    }

    /** The signer's fingerprint, or the installation's fingerprint-less identity for an unsigned package. */
    static String identity(Manifest m) {
        return m.signed() ? m.signerFingerprint() : PackageSender.unsignedFingerprint(m.installationId());
    }
}
