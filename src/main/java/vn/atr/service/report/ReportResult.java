package vn.atr.service.report;

import java.util.List;
import java.nio.file.Path;
import vn.atr.domain.report.ReportModel;

/** What an export wrote, in order, and the model it was written from (submitted or computed now). */
public record ReportResult(ReportModel model, List<Path> written) {
    public ReportResult {
        written = List.copyOf(written);
    }
}
