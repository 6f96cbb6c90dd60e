package vn.atr.domain.access;

/**
 * The audit chain's head: the newest entry's number and hash. Kept outside the store (printed by
 * {@code atr audit verify}, shown with every backup), it lets a later check see that the chain still
 * reaches it: entries cut from the tail, or a rewritten chain, no longer do.
 */
public record AuditHead(long seq, String hash) {
}
