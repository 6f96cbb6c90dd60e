package vn.atr.domain.access;

/** The result of checking the audit chain: how many entries, and the first one that does not match. */
public record AuditCheck(long entries, Long firstBrokenSeq, String reason) {
    public boolean intact() {
        return firstBrokenSeq == null;
    }

    /** The reason in the user's words ({@link #reason()} is its code: missing, previous, content). */
    public String reasonText() {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case "missing" -> vn.atr.domain.Messages.get("audit.reason.missing");
            case "previous" -> vn.atr.domain.Messages.get("audit.reason.previous");
            case "content" -> vn.atr.domain.Messages.get("audit.reason.content");
            default -> reason;
        };
    }
}
