package vn.atr.domain.report;

import java.time.Instant;
import java.time.ZoneId;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;

/** When and by whom a period's report was submitted; its figures are the ones frozen at that moment. */
public record Submission(Instant at, String by) {
    /** The author a store without users records for every entry (the service's {@code Session.SINGLE_USER}). */
    private static final String NO_USER = "local";

    /** "04/12/2026 (admin)", or the day alone on a store without users, where no one is named. */
    public String whenAndWho() {
        String day = VnFormats.date(at.atZone(ZoneId.systemDefault()).toLocalDate());
        return by == null || by.isBlank() || by.equals(NO_USER) ? day : Messages.get("submission.by", day, by);
    }
}
