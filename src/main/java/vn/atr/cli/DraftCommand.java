package vn.atr.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportDraft;
import vn.atr.service.Services;

@Command(name = "draft", mixinStandardHelpOptions = true, description = {
    "Nhập hoặc in phần do cán bộ tổng hợp viết (số, ngày, người ký, nơi nhận, các phần nhận định) của báo cáo một kỳ.",
    "Không có --file: in nội dung hiện có, cả phần soạn sẵn từ dữ liệu (căn cứ, chỉ đạo, kiểm tra, hợp tác, kinh phí)"
        + " cho phần còn trống, theo đúng định dạng tệp để sửa rồi nhập lại."})
final class DraftCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    PeriodOptions periodOptions;

    @Option(names = "--file", paramLabel = "FILE", description = "Tệp văn bản UTF-8 theo định dạng lệnh này in ra khi không có --file (atr draft --period 2026 > bc.txt, sửa rồi nạp lại).")
    Path file;

    @Option(names = "--submit", description = "Nộp báo cáo của kỳ: khóa nội dung và chốt số liệu tại thời điểm nộp.")
    boolean submit;

    @Option(names = "--yes", description = "Với --submit: vẫn nộp khi còn điều cần lưu ý (phần chưa viết, kỳ chưa"
            + " hết, xung đột chưa giải quyết); không có tùy chọn này thì các điều đó được in ra và báo cáo chưa nộp.")
    boolean yes;

    @Option(names = "--reopen", description = "Mở lại báo cáo đã nộp để sửa (ghi nhật ký); số liệu được tính lại.")
    boolean reopen;

    @Option(names = "--from-previous", description = "Bắt đầu bản nháp còn trống của kỳ từ phần viết của kỳ trước"
            + " (năm trước hoặc cùng kỳ năm trước; nếu kỳ đó chưa có, báo cáo 9 tháng và cả năm lấy từ báo cáo 9 tháng,"
            + " 6 tháng cùng năm), để sửa lại thay vì viết từ đầu.")
    boolean fromPrevious;

    @Option(names = "--start-from", paramLabel = "KỲ", description = "Bắt đầu bản nháp còn trống của kỳ từ phần viết của"
            + " kỳ này (2026-H1, 2025, 2026-Q2...): báo cáo 9 tháng từ báo cáo 6 tháng cùng năm, thay vì cùng kỳ năm trước.")
    String startFrom;

    @Override
    public Integer call() {
        var period = periodOptions.period();
        if ((file != null ? 1 : 0) + (submit ? 1 : 0) + (reopen ? 1 : 0) + (fromPrevious ? 1 : 0)
                + (startFrom != null ? 1 : 0) > 1) {
            throw new UsageException(Messages.get("draft.actionsExclusive"));
        }
        if (yes && !submit) {
            throw new UsageException(Messages.get("draft.yesWithSubmit"));
        }
        try (Services s = store.open()) {
            if (submit) {
                // the window asks before freezing the figures; here the same points stop the submission unless --yes
                var cautions = vn.atr.service.report.ReportCautions.beforeSubmit(period, java.time.LocalDate.now(),
                        s.conflicts().openCount(), vn.atr.domain.report.Placeholders.of(
                                s.report().build(period, java.util.Optional.empty())));
                cautions.forEach(System.err::println);
                if (!cautions.isEmpty() && !yes) {
                    throw new CliFailure(Messages.get("draft.submitHeld", period.toString()));
                }
                System.out.println(Messages.get("draft.submitted", period.toString(),
                        s.report().submit(period).version()));
                return 0;
            }
            if (reopen) {
                System.out.println(Messages.get("draft.reopened", period.toString(),
                        s.report().reopen(period).version()));
                return 0;
            }
            if (startFrom != null || fromPrevious) {
                vn.atr.domain.ReportPeriod source = startFrom != null ? PeriodOptions.parse(startFrom)
                        : s.report().drafts().previousSource(period).orElse(period.previous());
                System.out.println(Messages.get("draft.startedFromPrevious", period.toString(), source.toString(),
                        s.report().drafts().startFrom(source, period).version()));
                return 0;
            }
            if (file == null) {
                System.out.print(s.report().draftText(period));
                return 0;
            }
            // The text drafted from the data that the file leaves as printed stays drafted: it follows the data.
            var imported = s.report().drafts().importingFile(period, file, s.report().draftedSections(period));
            System.out.println(Messages.get("draft.saved", period.toString(), imported.saved().version()));
            if (!imported.kept().isEmpty()) {
                System.out.println(Messages.get("draft.kept", String.join("; ", imported.kept())));
            }
        }
        return 0;
    }
}
