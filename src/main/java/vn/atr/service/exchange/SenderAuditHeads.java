package vn.atr.service.exchange;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.domain.access.AuditHead;
import vn.atr.domain.access.ReceivedAuditHead;
import vn.atr.format.pkg.Manifest;
import vn.atr.store.AdminUnitRepository;
import vn.atr.store.PackageTrustRepository;

/**
 * The senders' audit chain heads that their packages carry (ADR 0189): the newest one per sender is kept, and a
 * package written later whose head lies behind it, or whose chain holds another hash at the kept entry (stated in
 * its {@code earlierHeads}), or that no longer vouches for that entry, is pointed out in the plan. It is a warning, not a refusal: a ward that restored an old backup after a broken disk shows the same.
 * The hash kept is what the sender's own store must still reach ({@code atr audit verify --expect}).
 */
final class SenderAuditHeads {
    private final PackageTrustRepository repo;
    private final SigningKeys ownKey;
    private final AdminUnitRepository units;
    /** A batch's: every sender's head, read when first needed and followed as it records (null until then). */
    private java.util.Map<String, ReceivedAuditHead> batch;
    private final boolean forBatch;
    private final java.util.Set<String> changed = new java.util.LinkedHashSet<>();

    SenderAuditHeads(PackageTrustRepository repo, SigningKeys ownKey, AdminUnitRepository units) {
        this(repo, ownKey, units, false);
    }

    private SenderAuditHeads(PackageTrustRepository repo, SigningKeys ownKey, AdminUnitRepository units,
                             boolean forBatch) {
        this.repo = repo;
        this.ownKey = ownKey;
        this.units = units;
        this.forBatch = forBatch;
    }

    /**
     * The same for one batch, whose transaction holds the writers' turn: the heads are read once, in one query,
     * instead of twice for each package, and those its packages move are written at its end ({@link #writeBatch}):
     * three round trips of about a dozen per package on PostgreSQL (ADR 0206).
     */
    SenderAuditHeads forBatch() {
        return new SenderAuditHeads(repo, ownKey, units, true);
    }

    /**
     * What the plan says when the package's head lies behind the newest its sender has shown, or its chain holds
     * another hash there. Only a package behind the kept entry is judged by the time it was written (one written
     * before the kept one and imported late is behind by nature): a chain at or past the kept entry is checked
     * whatever its clock says, since a sender who rewrote its log could set its clock back before exporting.
     */
    Optional<String> warning(Manifest m) {
        Optional<ReceivedAuditHead> newest = kept(m);
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        AuditHead before = newest.get().head();
        AuditHead now = m.auditHead();
        java.util.function.Supplier<String> fingerprint = () -> sender(m); // read only for a warning
        String written = VnFormats.dateTime(newest.get().packageWritten());
        Instant stamped = written(m);
        if (now.seq() < before.seq() && (stamped == null || !stamped.isAfter(newest.get().packageWritten()))) {
            return Optional.empty(); // an older package imported late
        }
        if (now.seq() < before.seq()) {
            return Optional.of(Messages.get("exchange.auditHead.wentBack", fingerprint.get(), written, before.seq(),
                    now.seq(), before.hash()));
        }
        if (now.seq() == before.seq()) {
            return now.hash().equals(before.hash()) ? Optional.empty() : rewritten(fingerprint.get(), written, before);
        }
        // further on: the package states what its chain holds now at the entry the city kept
        Optional<AuditHead> there = m.earlierHeads() == null ? Optional.empty()
                : m.earlierHeads().stream().filter(h -> h.seq() == before.seq()).findFirst();
        if (there.isPresent()) {
            return before.hash().equals(there.get().hash()) ? Optional.empty()
                    : rewritten(fingerprint.get(), written, before);
        }
        return m.earlierHeads() == null ? Optional.empty() : Optional.of(Messages.get(
                "exchange.auditHead.unconfirmed", fingerprint.get(), written, before.seq(), before.hash()));
    }

    /**
     * The sender as the compiler knows it, "Phường Lê Chân (11311, khóa 3A1C-...)": among a batch of a hundred
     * wards' packages a fingerprint alone says nothing.
     */
    private String sender(Manifest m) {
        String fingerprint = SenderCheck.identity(m);
        return Optional.ofNullable(m.sourceUnit()).flatMap(units::find)
                .map(u -> Messages.get("exchange.auditHead.sender", u.name(), u.code(), fingerprint))
                .orElseGet(() -> Messages.get("exchange.auditHead.senderKey", fingerprint));
    }

    private static Optional<String> rewritten(String fingerprint, String written, AuditHead before) {
        return Optional.of(Messages.get("exchange.auditHead.rewritten", fingerprint, written, before.seq(),
                before.hash()));
    }

    /**
     * Keeps the package's head as its sender's newest: when it was written after the kept one's package, or
     * its chain is further on (so a package stamped by a sender's clock set ahead does not pin the kept head).
     * An older package imported late leaves the kept head as it is.
     */
    void record(Manifest m) {
        Instant written = written(m);
        if (m.auditHead() == null || written == null || !m.signed() || isOwn(m)) {
            return;
        }
        String fingerprint = SenderCheck.identity(m);
        ReceivedAuditHead kept = stored(fingerprint).orElse(null);
        if (kept == null || written.isAfter(kept.packageWritten()) || m.auditHead().seq() > kept.head().seq()) {
            ReceivedAuditHead now = new ReceivedAuditHead(m.auditHead(), written);
            if (forBatch) { // kept for the batch's end (read above): a sender's several packages write its head once
                batch.put(fingerprint, now);
                changed.add(fingerprint);
            } else {
                repo.recordAuditHead(fingerprint, now);
            }
        }
    }

    /** A batch's end, in its transaction: the heads its packages moved are written. */
    void writeBatch() {
        for (String fingerprint : changed) {
            repo.recordAuditHead(fingerprint, batch.get(fingerprint));
        }
        changed.clear();
    }

    private Optional<ReceivedAuditHead> stored(String fingerprint) {
        if (!forBatch) {
            return repo.auditHead(fingerprint);
        }
        if (batch == null) {
            batch = new java.util.HashMap<>(repo.auditHeads());
        }
        return Optional.ofNullable(batch.get(fingerprint));
    }

    /** The newest head kept for the package's sender (none for an unsigned package or one of this store's own). */
    private Optional<ReceivedAuditHead> kept(Manifest m) {
        if (m.auditHead() == null || !m.signed() || isOwn(m)) {
            return Optional.empty();
        }
        return stored(SenderCheck.identity(m));
    }

    /**
     * The head kept before this package, as the import's audit entry records it when the plan pointed out a
     * rewrite: the evidence stays in this store's own log once the package's head is kept in its place.
     */
    Optional<AuditHead> keptHead(Manifest m) {
        return kept(m).map(ReceivedAuditHead::head);
    }

    private boolean isOwn(Manifest m) {
        return SenderCheck.identity(m).equals(ownKey.fingerprint());
    }

    private static Instant written(Manifest m) {
        try {
            return m.createdAt() == null ? null : Instant.parse(m.createdAt());
        } catch (DateTimeParseException e) {
            return null; // a signed manifest with an odd time: nothing to compare it with
        }
    }
}
