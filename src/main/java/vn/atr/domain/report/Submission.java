package vn.atr.domain.report;

import java.time.Instant;

/** When and by whom a period's report was submitted; its figures are the ones frozen at that moment. */
public record Submission(Instant at, String by) {
}
