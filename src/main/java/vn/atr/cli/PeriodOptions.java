package vn.atr.cli;

import picocli.CommandLine.Option;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.VnFormats;

/**
 * {@code --year Y}, {@code --period CODE} or {@code --from D --to D}. Parsed by hand (not by picocli
 * converters) so that an impossible date or period is a bad-input failure (exit 1) naming it, not a usage error.
 */
public final class PeriodOptions {
    @Option(names = "--year", paramLabel = "Y",
            description = "Năm báo cáo: từ 15/12 năm trước đến 14/12 năm Y (Nghị định 09/2019/NĐ-CP).")
    Integer year;

    @Option(names = "--period", paramLabel = "${bundle:paramLabel.period:-KỲ}",
            description = "Kỳ báo cáo theo Nghị định 09/2019/NĐ-CP: 2024 (năm), 2024-H1 (6 tháng, đến 14/6),"
                    + " 2024-9M (9 tháng, đến 14/9), 2024-Q3 (quý), 2024-03 (tháng, từ 15/2 đến 14/3).")
    String period;

    @Option(names = "--from", paramLabel = "D", description = "Từ ngày (14/12/2023 hoặc 2023-12-14).")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "Đến ngày (14/12/2023 hoặc 2023-12-14).")
    String to;

    /** The options that name {@code p} again on a command line ({@code --period 2024-H1}, or its dates). */
    public static String arguments(ReportPeriod p) {
        return p.kind() == vn.atr.domain.PeriodKind.CUSTOM
                ? "--from " + VnFormats.date(p.from()) + " --to " + VnFormats.date(p.to())
                : "--period " + p.code();
    }

    /** A period code of an option ("2026-H1"); one that cannot be read is a usage error, as --help says (2). */
    static ReportPeriod parse(String code) {
        try {
            return ReportPeriod.parse(code);
        } catch (vn.atr.domain.ValidationException e) {
            throw new UsageException(e.getMessage());
        }
    }

    public ReportPeriod period() {
        boolean dates = from != null || to != null;
        int forms = (year != null ? 1 : 0) + (period != null ? 1 : 0) + (dates ? 1 : 0);
        if (forms > 1) {
            throw new UsageException(Messages.get("cli.period.oneForm"));
        }
        if (year != null) {
            return ReportPeriod.ofYear(year);
        }
        if (period != null) {
            return parse(period);
        }
        var fromDate = DateOption.parse("--from", from);
        var toDate = DateOption.parse("--to", to);
        if (fromDate == null || toDate == null) {
            throw new UsageException(Messages.get("cli.period.missing"));
        }
        return new ReportPeriod(fromDate, toDate);
    }
}
