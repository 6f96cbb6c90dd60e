package vn.atr.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.atr.domain.Messages;
import vn.atr.service.Services;
import vn.atr.service.report.ReportService;

/** {@code atr report-template --out FILE.docx}: the default Word report with placeholders, for a Department to edit. */
@Command(name = "report-template", mixinStandardHelpOptions = true,
        description = "Ghi mẫu báo cáo Word (báo cáo mặc định với các chỗ điền {{...}}) để Sở sửa chữ, thứ tự và kiểu trong Word.")
final class ReportTemplateCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp .docx sẽ ghi.")
    Path out;

    @Override
    public Integer call() {
        out = OutputFile.requireInFolder("--out", out, "docx");
        try (Services s = store.open()) {
            s.report().writeTemplate(out);
        }
        System.out.println(Messages.get("report.template.written", out, ReportService.TEMPLATE_BESIDE));
        return 0;
    }
}
