package vn.atr.service.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import vn.atr.domain.Messages;
import vn.atr.domain.access.PackageSender;
import vn.atr.domain.access.Permission;
import vn.atr.format.AtomicFiles;
import vn.atr.format.pkg.SenderKeyFile;
import vn.atr.security.Ed25519;
import vn.atr.service.ServiceException;
import vn.atr.service.Session;
import vn.atr.store.Database;
import vn.atr.store.PackageTrustRepository;
import vn.atr.store.SettingsRepository;

/**
 * Which package senders this store trusts (ADR 0080): the list, an administrator's approval or
 * revocation of a sender (each audited), enrolling a ward from its key file, and writing this
 * installation's own key file. Approving a signing ward retires its unsigned identity, so old-format
 * packages claiming that installation are refused from then on.
 */
public final class TrustService {
    private final Database db;
    private final PackageTrustRepository repo;
    private final SigningKeys keys;
    private final SettingsRepository settings;
    private final Supplier<String> installationId;
    private final Supplier<Session> session;
    private final vn.atr.store.AdminUnitRepository units;

    TrustService(Database db, PackageTrustRepository repo, vn.atr.store.AdminUnitRepository units, SigningKeys keys,
                 SettingsRepository settings, Supplier<String> installationId, Supplier<Session> session) {
        this.db = db;
        this.repo = repo;
        this.units = units;
        this.keys = keys;
        this.settings = settings;
        this.installationId = installationId;
        this.session = session;
    }

    public List<PackageSender> list() {
        session.get().require(Permission.IMPORT);
        return repo.list();
    }

    /**
     * The newest audit chain head each sender's packages have shown, by fingerprint (ADR 0189): what the sender's
     * own store must still reach when checked there ({@code atr audit verify --expect HASH}).
     */
    public java.util.Map<String, vn.atr.domain.access.ReceivedAuditHead> auditHeads() {
        session.get().require(Permission.IMPORT);
        return repo.auditHeads();
    }

    public PackageSender approve(String fingerprint) {
        return decide(fingerprint, PackageSender.Status.APPROVED);
    }

    /** Approves the sender and lets it send the records of the dissolved {@code formerUnits}, in one transaction. */
    public PackageSender approve(String fingerprint, List<String> formerUnits) {
        return db.inTransaction(() -> {
            formerUnits.forEach(u -> allowFormerUnit(fingerprint, u));
            return approve(fingerprint);
        });
    }

    public PackageSender revoke(String fingerprint) {
        return decide(fingerprint, PackageSender.Status.REVOKED);
    }

    private PackageSender decide(String typed, PackageSender.Status to) {
        Session s = session.get();
        s.require(Permission.USER_ADMIN);
        String fingerprint = Ed25519.normalise(typed);
        PackageSender known = repo.find(fingerprint).orElseThrow(
                () -> new ServiceException(Messages.get("trust.notFound", fingerprint)));
        if (to == PackageSender.Status.APPROVED && !known.signed()) {
            refuseUnsignedOfASigningInstallation(known);
        }
        PackageSender decided = known.decided(to, s.userName(), Instant.now());
        db.runInTransaction(() -> {
            repo.put(decided);
            db.audit().append(s.userName(), "trust." + to.code(), "package_sender", fingerprint, null, null,
                    "unit " + auditUnit(known.unit()) + ", installation " + known.installation());
            if (to == PackageSender.Status.APPROVED && known.signed()) {
                retireUnsigned(s, known.installation());
            }
        });
        return decided;
    }

    /**
     * An unsigned (old-format) identity is only an installation id, which every package shows: once that
     * installation signs its packages with an approved key, approving its unsigned identity again would let
     * anyone write packages in its name (a signed package stripped of its signature and marked format 1).
     */
    private void refuseUnsignedOfASigningInstallation(PackageSender unsigned) {
        repo.list().stream().filter(p -> p.signed() && p.status() == PackageSender.Status.APPROVED
                && PackageSender.sameInstallation(p.installation())
                        .equals(PackageSender.sameInstallation(unsigned.installation()))).findFirst().ifPresent(p -> {
                    throw new ServiceException(Messages.get("trust.unsignedOfSigner", unsigned.fingerprint(),
                            p.fingerprint()));
                });
    }

    private void retireUnsigned(Session s, String installation) {
        repo.find(PackageSender.unsignedFingerprint(installation))
                .filter(u -> u.status() != PackageSender.Status.REVOKED)
                .ifPresent(u -> {
                    repo.put(u.decided(PackageSender.Status.REVOKED, s.userName(), Instant.now()));
                    db.audit().append(s.userName(), "trust.revoked", "package_sender", u.fingerprint(), null, null,
                            "installation " + installation + " now signs its packages");
                });
    }

    /**
     * Lets an approved or pending sender bound to a unit also send the records of {@code unitCode}, a unit
     * dissolved in a reorganisation (ADR 0196): a ward formed on 01/07/2025 filed its earlier work under its old
     * district. A unit still in force is refused (a sender speaks for one unit); so is a sender of every unit,
     * which needs nothing. Audited; granting it twice changes nothing.
     */
    public String allowFormerUnit(String typed, String unitCode) {
        Session s = session.get();
        s.require(Permission.USER_ADMIN);
        String fingerprint = Ed25519.normalise(typed);
        PackageSender known = repo.find(fingerprint).orElseThrow(
                () -> new ServiceException(Messages.get("trust.notFound", fingerprint)));
        vn.atr.domain.AdminUnit unit = units.find(unitCode).orElseThrow(
                () -> new ServiceException(Messages.get("trust.formerUnit.unknown", unitCode)));
        if (unit.validTo() == null) {
            throw new ServiceException(Messages.get("trust.formerUnit.inForce", unit.name(), unit.code()));
        }
        if (known.unit() == null) {
            throw new ServiceException(Messages.get("trust.formerUnit.allUnits", fingerprint));
        }
        db.runInTransaction(() -> {
            if (!repo.formerUnits(fingerprint).contains(unit.code())) {
                repo.addFormerUnit(fingerprint, unit.code(), s.userName());
                db.audit().append(s.userName(), "trust.formerUnit", "package_sender", fingerprint, null, null,
                        "unit " + known.unit() + " may send records of dissolved unit " + unit.code());
            }
        });
        return unit.code();
    }

    /** The dissolved units whose records the sender may also send, in code order. */
    public List<String> formerUnits(String fingerprint) {
        session.get().require(Permission.IMPORT);
        return repo.formerUnits(Ed25519.normalise(fingerprint));
    }

    /** A sender's unit as the audit log writes it: its code, or "all" (not the sentence people read). */
    private static String auditUnit(String unit) {
        return unit == null ? "all" : unit;
    }

    /** Enrols a sender from its key file as approved; {@code unit} null keeps the unit the file names. */
    public PackageSender add(Path keyFile, String unit) {
        session.get().require(Permission.USER_ADMIN);
        SenderKeyFile f;
        try {
            f = SenderKeyFile.parse(Files.readAllBytes(keyFile));
        } catch (IOException e) {
            throw new ServiceException(Messages.get("trust.keyFileUnreadable", keyFile, AtomicFiles.reason(e)), e);
        }
        return enrol(f.publicKey(), f.installation(), unit != null ? unit : f.unit());
    }

    /**
     * Adds a sender as approved: by its public key (base64 X.509), or, with {@code publicKey} null, an
     * installation's unsigned (old-format) packages.
     */
    public PackageSender enrol(String publicKey, String installation, String unit) {
        Session s = session.get();
        s.require(Permission.USER_ADMIN);
        String fingerprint = publicKey == null ? PackageSender.unsignedFingerprint(installation)
                : Ed25519.fingerprint(Base64.getDecoder().decode(publicKey));
        Instant now = Instant.now();
        PackageSender sender = new PackageSender(fingerprint, publicKey, unit, installation,
                PackageSender.Status.APPROVED, now, s.userName(), now);
        db.runInTransaction(() -> {
            repo.put(sender);
            db.audit().append(s.userName(), "trust.approved", "package_sender", fingerprint, null, null,
                    "enrolled: unit " + auditUnit(unit) + ", installation " + installation);
            if (publicKey != null) {
                retireUnsigned(s, installation);
            }
        });
        return sender;
    }

    /** Writes this installation's key file for the city to enrol it; returns its fingerprint. */
    public String exportKey(Path out) {
        session.get().require(Permission.EXPORT);
        String written = db.inTransaction(() -> {
            byte[] publicKey = keys.publicKey();
            String fingerprint = Ed25519.fingerprint(publicKey);
            SenderKeyFile f = new SenderKeyFile(SenderKeyFile.FORMAT_VERSION, fingerprint,
                    Base64.getEncoder().encodeToString(publicKey), installationId.get(),
                    settings.agency().installationUnitCode());
            AtomicFiles.write(out, os -> os.write(f.toJson()));
            return fingerprint;
        });
        keys.checkpointIfSealed();
        return written;
    }

    /** This installation's own key fingerprint (created if it has none yet). */
    public String ownFingerprint() {
        String fingerprint = db.inTransaction(() -> Ed25519.fingerprint(keys.publicKey()));
        keys.checkpointIfSealed();
        return fingerprint;
    }
}
