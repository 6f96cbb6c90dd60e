package vn.atr.domain.report;

import java.util.ArrayList;
import java.util.List;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportDraft.Section;

/**
 * What a report would print as a marked gap for the compiler to fill: the narrative sections the report
 * needs but the draft does not hold, the signer's name, the document number and date. The command line and
 * the report screen warn with this list, so a placeholder never reaches a file unannounced.
 */
public final class Placeholders {
    /** The sections that print a placeholder when missing (the others are optional or computed). */
    static final List<Section> REQUIRED = List.of(Section.SITUATION, Section.DIRECTION, Section.ASSESSMENT,
            Section.TASKS, Section.RECOMMENDATIONS);

    private Placeholders() {
    }

    /** The gaps in {@code m}, in words ("I. Tình hình", "người ký"...); empty when the report is complete. */
    public static List<String> of(ReportModel m) {
        List<String> gaps = new ArrayList<>();
        if (m.draft().number() == null || m.draft().number().isBlank()) {
            gaps.add(Messages.get("report.gap.number"));
        }
        if (m.draft().date() == null) {
            gaps.add(Messages.get("report.gap.date"));
        }
        for (Section s : REQUIRED) {
            if (m.draft().section(s).isEmpty()) {
                gaps.add(Messages.get("enum.Section." + s.name()));
            }
        }
        String signer = m.draft().signerName() != null ? m.draft().signerName() : m.agency().signerName();
        if (signer == null || signer.isBlank()) {
            gaps.add(Messages.get("report.gap.signer"));
        }
        return gaps;
    }

    /** Where the gaps are written, said to the one reading the warning. */
    public enum Where { COMMAND_LINE, WINDOW }

    /** One warning sentence for {@code gaps}, saying where to write them; null when there are none. */
    public static String warning(List<String> gaps, Where where) {
        return gaps.isEmpty() ? null : Messages.get("report.gaps", String.join("; ", gaps),
                Messages.get(where == Where.WINDOW ? "report.gaps.window" : "report.gaps.commandLine"));
    }
}
