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
 * choices such as small-cell suppression; {@code template} is the Department's Word template chosen for this
 * export (empty: the one beside the store if there is one, else the default layout).
 */
public record ReportRequest(ReportPeriod period, Optional<String> unit, Optional<Path> docx, Optional<Path> xlsx,
                            ReportOptions options, Optional<Path> template) {
    /** The window's files: {@code BaoCao_<period code>.docx} and {@code .xlsx}. */
    static final String BASE_NAME = "BaoCao_";

    /** The report in the template beside the store, if there is one, else in the default layout. */
    public ReportRequest(ReportPeriod period, Optional<String> unit, Optional<Path> docx, Optional<Path> xlsx,
                         ReportOptions options) {
        this(period, unit, docx, xlsx, options, Optional.empty());
    }

    public ReportRequest {
        Objects.requireNonNull(period);
        Objects.requireNonNull(template);
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

    /** The same request with the Word report written from {@code file}, a Department's template. */
    public ReportRequest withTemplate(Optional<Path> file) {
        return new ReportRequest(period, unit, docx, xlsx, options, file);
    }

    /** "BaoCao_2024", "BaoCao_2024-H1", or the dates of a period of no kind. */
    public static String baseName(ReportPeriod period) {
        return BASE_NAME + period.code();
    }
}
