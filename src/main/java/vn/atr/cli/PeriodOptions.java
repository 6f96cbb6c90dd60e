package vn.atr.cli;

import picocli.CommandLine.Option;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.VnFormats;

/**
 * {@code --year Y} or {@code --from D --to D}. Parsed by hand (not by picocli converters) so that
 * an impossible date is a bad-input failure (exit 1) with the date named, not a usage error.
 */
public final class PeriodOptions {
    @Option(names = "--year", paramLabel = "Y",
            description = "Năm báo cáo: từ 15/12 năm trước đến 14/12 năm Y (Nghị định 09/2019/NĐ-CP).")
    Integer year;

    @Option(names = "--from", paramLabel = "D", description = "Từ ngày (14/12/2023 hoặc 2023-12-14).")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "Đến ngày (14/12/2023 hoặc 2023-12-14).")
    String to;

    public ReportPeriod period() {
        var fromDate = from == null ? null : VnFormats.parseDate(from);
        var toDate = to == null ? null : VnFormats.parseDate(to);
        if (year != null && (fromDate != null || toDate != null)) {
            throw new UsageException(Messages.get("cli.period.yearAndRange"));
        }
        if (year != null) {
            return ReportPeriod.ofYear(year);
        }
        if (fromDate == null || toDate == null) {
            throw new UsageException(Messages.get("cli.period.needed"));
        }
        return new ReportPeriod(fromDate, toDate);
    }
}
