package vn.atr.domain.access;

import java.time.Instant;

/**
 * The newest audit chain head a package sender has shown this store, and when the package that carried it
 * was written (ADR 0189). A later package whose head lies behind it means the sender's chain went back.
 */
public record ReceivedAuditHead(AuditHead head, Instant packageWritten) {
}
