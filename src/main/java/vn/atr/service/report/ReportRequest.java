package vn.atr.service.report;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.report.ReportOptions;
import vn.atr.service.ServiceException;

/**
 * One report export, asked by the window or the command line alike: the period, optionally one unit (with
 * every unit below it), the files to write (at least one; never the same file twice) and the rendering
 * choices such as small-cell suppression.
 */
public record ReportRequest(ReportPeriod period, Optional<String> unit, Optional<Path> docx, Optional<Path> xlsx,
                            ReportOptions options) {
    /** The window's files: {@code BaoCao_<period code>.docx} and {@code .xlsx}. */
    static final String BASE_NAME = "BaoCao_";

    public ReportRequest {
        Objects.requireNonNull(period);
        Objects.requireNonNull(options);
        unit = unit.filter(u -> !u.isBlank());
        if (docx.isEmpty() && xlsx.isEmpty()) {
            throw new ServiceException(Messages.get("report.noOutput"));
        }
        if (docx.isPresent() && xlsx.isPresent()
                && docx.get().toAbsolutePath().normalize().equals(xlsx.get().toAbsolutePath().normalize())) {
            throw new ServiceException(Messages.get("report.sameFile"));
        }
    }

    /** Both files in {@code folder}, named after the period ({@code BaoCao_2024-H1.docx}), for the whole store. */
    public static ReportRequest toFolder(ReportPeriod period, Path folder, ReportOptions options) {
        String base = baseName(period);
        return new ReportRequest(period, Optional.empty(), Optional.of(folder.resolve(base + ".docx")),
                Optional.of(folder.resolve(base + ".xlsx")), options);
    }

    /** "BaoCao_2024", "BaoCao_2024-H1", or the dates of a period of no kind. */
    public static String baseName(ReportPeriod period) {
        return BASE_NAME + period.code();
    }
}
