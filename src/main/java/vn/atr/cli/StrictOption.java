package vn.atr.cli;

import picocli.CommandLine.Option;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;

/**
 * A period without any record gives a report of zeros, most often because of a wrong year or store: the
 * command warns on stderr and goes on (exit 0), or with {@code --strict} fails (exit 1) before writing.
 */
public final class StrictOption {
    @Option(names = "--strict", description = "Dừng với mã thoát 1 (không ghi gì) khi kỳ báo cáo không có số liệu, thay vì chỉ cảnh báo.")
    boolean strict;

    void checkHasData(boolean hasData, ReportPeriod period) {
        if (hasData) {
            return;
        }
        String message = Messages.get("cli.emptyPeriod", period.toString());
        if (strict) {
            throw new CliFailure(message);
        }
        System.err.println("atr: " + Messages.get("cli.warning", message));
    }
}
