package vn.atr.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.domain.report.Progress;
import vn.atr.domain.report.Placeholders;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.service.report.ReportRequest;
import vn.atr.service.report.ReportResult;
import vn.atr.service.report.ReportService;
import vn.atr.service.Services;
import vn.atr.service.report.ReportCautions;

@Command(name = "report", mixinStandardHelpOptions = true, description = "Xuất báo cáo kết quả của kỳ (năm, 6 tháng, 9 tháng, quý, tháng; .docx theo Nghị định 30/2020/NĐ-CP) và các phụ lục (.xlsx).")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    PeriodOptions periodOptions;

    @Option(names = "--unit", paramLabel = "CODE", description = "Mã hoặc tên đơn vị hành chính (gồm cả các đơn vị trực thuộc).")
    String unit;

    @Option(names = "--docx", paramLabel = "FILE", description = "Tệp báo cáo Word cần ghi.")
    Path docx;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Tệp Excel các bảng phụ lục cần ghi.")
    Path xlsx;

    @Option(names = "--template", paramLabel = "FILE.docx",
            description = "Mẫu báo cáo Word của Sở (viết bằng atr report-template); mặc định: mau-bao-cao.docx cạnh tệp dữ liệu nếu có.")
    Path template;

    @Option(names = "--suppress-small", description = "Số liệu về nạn nhân và vụ việc theo đơn vị từ 1 đến 4 (trong mọi bảng và câu) ghi là \"< 5\"; số nhỏ nhất còn lại của nhóm ghi \"x\" khi cần để không tính ngược được. Số hoạt động không đổi.")
    boolean suppressSmall;

    @Mixin
    StrictOption strictness;

    @Override
    public Integer call() {
        var period = periodOptions.period();
        if (docx == null && xlsx == null) {
            throw new UsageException(Messages.get("report.noOutput"));
        }
        if (docx != null && xlsx != null && docx.toAbsolutePath().normalize().equals(xlsx.toAbsolutePath().normalize())) {
            throw new CliFailure(Messages.get("report.sameFile"));
        }
        docx = OutputFile.require("--docx", docx, "docx");
        xlsx = OutputFile.require("--xlsx", xlsx, "xlsx");
        if (template != null && !java.nio.file.Files.isRegularFile(template)) {
            throw new CliFailure(Messages.get("report.template.unreadable", template, Messages.get("file.reason.missing")));
        }
        ReportService.prewarm();
        try (Services s = store.open()) {
            unit = UnitArgument.resolve(s, unit); // a code, or a unit's name ("Hồng An")
            ReportRequest request = new ReportRequest(period, Optional.ofNullable(unit), Optional.ofNullable(docx),
                    Optional.ofNullable(xlsx), new ReportOptions(suppressSmall), Optional.ofNullable(template));
            ReportModel model = s.report().build(period, Optional.ofNullable(unit));
            strictness.checkHasData(model.current().hasData(), period);
            // One warning at a time: a period without data has already said its report is all zeros.
            // a unit's extract has no draft of its own: its marks are said once, as what it is, not as text to write
            String gaps = docx == null || !model.current().hasData() || model.unitName().isPresent() ? null
                    : Placeholders.warning(Placeholders.of(model), Placeholders.Where.COMMAND_LINE);
            // what the files written are (an extract, a submitted report, a draft): said once they are written, not
            // before a write that may still fail (a read-only folder)
            List<String> notes = new ArrayList<>();
            if (docx != null && model.unitName().isPresent()) {
                notes.add(Messages.get("report.extractNote", model.unitName().get()));
                // without --unit a ward officer's report is their unit's by their role, not by a choice to warn about
                if (unit != null && unit.equals(model.agency().installationUnitCode())) { // a ward asking for its own report so
                    notes.add(Messages.get("report.extractOfOwnUnit", model.unitName().get()));
                }
            }
            if (gaps != null) {
                System.err.println(gaps);
            }
            // a unit's extract is told of its own units' conflicts only
            ReportCautions.written(model, s.conflicts().openCount(unit == null ? null
                    : s.reference().codesWithin(unit))).forEach(System.err::println);
            model.submission().ifPresent(sub -> notes.add(Messages.get("report.frozenNote",
                    period.toString(), sub.whenAndWho())));
            if (docx != null && model.isDraft()) {
                notes.add(Messages.get("report.draftNote", period.toString(),
                        store.asArgument() + PeriodOptions.arguments(period)));
            }
            ReportResult result = s.report().export(model, request, Progress.NONE);
            result.written().forEach(f -> System.out.println(Messages.get("report.written", f)));
            notes.forEach(System.out::println);
        }
        return 0;
    }
}
