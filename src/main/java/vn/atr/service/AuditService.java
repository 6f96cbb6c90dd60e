package vn.atr.service;

import java.util.List;
import java.util.function.Supplier;
import vn.atr.domain.AuditCheck;
import vn.atr.domain.AuditEntry;
import vn.atr.domain.Permission;
import vn.atr.store.AuditRepository;

/**
 * Reading and checking the audit log (administrator), and the one call other services use to log
 * what the record store cannot see by itself: imports, exports, reports ({@link #record}).
 * Creates, updates and deletes are logged by the record store itself.
 */
public final class AuditService {
    private final AuditRepository audit;
    private final Supplier<Session> session;

    AuditService(AuditRepository audit, Supplier<Session> session) {
        this.audit = audit;
        this.session = session;
    }

    /**
     * Logs an action of the current user, e.g. {@code record("export", "package", fileName, "identifiers: no")}.
     * Joins the caller's transaction when there is one.
     */
    public void record(String action, String recordKind, String recordId, String detail) {
        audit.append(session.get().userName(), action, recordKind, recordId, null, null, detail);
    }

    public List<AuditEntry> list(String user, String actionPrefix, int limit) {
        session.get().require(Permission.AUDIT_READ);
        return audit.list(user, actionPrefix, limit);
    }

    public AuditCheck verify() {
        session.get().require(Permission.AUDIT_READ);
        return audit.verify();
    }
}
