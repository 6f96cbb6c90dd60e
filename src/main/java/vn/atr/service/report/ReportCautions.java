package vn.atr.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.VnFormats;

/**
 * What a compiler should know before writing or submitting a report, said the same way by the window and the
 * command line: merged records still in conflict (the figures change with each choice), and a period whose
 * cut-off has not come (a report submitted now leaves out what is entered until then).
 */
public final class ReportCautions {
    private ReportCautions() {
    }

    /** Before the files are written: the conflicts still open, if any. */
    public static List<String> beforeExport(int openConflicts) {
        return openConflicts == 0 ? List.of() : List.of(Messages.get("report.conflictsOpen", openConflicts));
    }

    /** Before the figures are frozen: the conflicts, and a period not over on {@code today}. */
    public static List<String> beforeSubmit(ReportPeriod period, LocalDate today, int openConflicts) {
        List<String> said = new ArrayList<>();
        if (!today.isAfter(period.to())) {
            said.add(Messages.get("report.periodNotOver", VnFormats.date(period.to())));
        }
        said.addAll(beforeExport(openConflicts));
        return said;
    }
}
