package vn.atr.domain.access;

/** The result of checking the audit chain: how many entries, and the first one that does not match. */
public record AuditCheck(long entries, Long firstBrokenSeq, String reason) {
    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
