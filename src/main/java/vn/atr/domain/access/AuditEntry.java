package vn.atr.domain.access;

import java.time.Instant;

/** One line of the audit log: who did what, when, to which record, between which versions. */
public record AuditEntry(long seq, Instant at, String user, String action, String recordKind, String recordId,
                         Long versionBefore, Long versionAfter, String detail, String previousHash, String hash) {
}
