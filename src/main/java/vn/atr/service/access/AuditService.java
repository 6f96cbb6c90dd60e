package vn.atr.service.access;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import vn.atr.domain.access.AuditCheck;
import vn.atr.domain.access.AuditEntry;
import vn.atr.domain.access.AuditHead;
import vn.atr.domain.access.StoreCheck;
import vn.atr.domain.access.Permission;
import vn.atr.store.AuditRepository;
import vn.atr.store.UserRepository;
import vn.atr.store.VictimIdentityRepository;
import vn.atr.service.Session;

/**
 * Reading and checking the audit log (administrator), and the one call other services use to log
 * what the record store cannot see by itself: imports, exports, reports ({@link #record}).
 * Creates, updates and deletes are logged by the record store itself.
 */
public final class AuditService {
    private final AuditRepository audit;
    private final Supplier<Session> session;
    private final VictimIdentityRepository identities;
    private final AccountSeals seals;
    private final SigningKeySeal signing;

    public AuditService(AuditRepository audit, UserRepository users, VictimIdentityRepository identities,
                        SigningKeySeal signing, Supplier<Session> session) {
        this.audit = audit;
        this.session = session;
        this.identities = identities;
        this.seals = new AccountSeals(users, audit);
        this.signing = signing;
    }

    /**
     * Logs an action of the current user, e.g. {@code record("export", "package", fileName, "identifiers: no")}.
     * Joins the caller's transaction when there is one.
     */
    public void record(String action, String recordKind, String recordId, String detail) {
        audit.append(session.get().userName(), action, recordKind, recordId, null, null, detail);
    }

    /**
     * The newest entry about one record with one of {@code actions}, for a service checking its own stored state
     * against what the log says it did (no permission: nothing of the log is shown).
     */
    public java.util.Optional<AuditEntry> lastAbout(String recordKind, String recordId, String... actions) {
        return audit.lastAbout(recordKind, recordId, List.of(actions));
    }

    public List<AuditEntry> list(String user, String actionPrefix, int limit) {
        session.get().require(Permission.AUDIT_READ);
        return audit.list(user, actionPrefix, limit);
    }

    /**
     * The administrator's view: user (exact, null = any), action prefix (null = any), and the days
     * {@code from}..{@code to} inclusive in this computer's time zone (null = open), newest first.
     */
    public List<AuditEntry> list(String user, String actionPrefix, LocalDate from, LocalDate to, int limit) {
        session.get().require(Permission.AUDIT_READ);
        ZoneId zone = ZoneId.systemDefault();
        return audit.list(blankToNull(user), blankToNull(actionPrefix),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public AuditCheck verify() {
        session.get().require(Permission.AUDIT_READ);
        return audit.verify();
    }

    /**
     * The chain head now: the newest entry's number and hash, to keep outside the store (printed by
     * {@code atr audit verify}, shown with backups; an exchange package may carry it too). Anyone logged in
     * may read it: it reveals nothing but a hash.
     */
    public AuditHead head() {
        return audit.head();
    }

    /**
     * The store's own protections checked together (ADR 0085): the chain (tail cuts included), that it
     * still reaches {@code expectedHead} (null: not checked), identifiers in clear in a store with users,
     * and accounts changed outside ATR; and, to say so, the accounts whose first login seals the signing key.
     */
    public StoreCheck check(String expectedHead) {
        session.get().require(Permission.AUDIT_READ);
        AuditCheck chain = audit.verify();
        String expected = expectedHead == null || expectedHead.isBlank() ? null
                : expectedHead.strip().toLowerCase(java.util.Locale.ROOT);
        boolean reaches = expected == null || chain.intact() && audit.seqOf(expected).isPresent();
        return new StoreCheck(chain, audit.head(), expected, reaches, identities.clearRowsInProtectedStore(),
                seals.tamperedAccounts(), signing.awaitingCopy());
    }
}
