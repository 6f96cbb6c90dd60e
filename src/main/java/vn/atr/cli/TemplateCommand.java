package vn.atr.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.atr.domain.Messages;
import vn.atr.service.Services;

/** {@code atr template --out FILE.xlsx}: the fillable Excel workbook, lists from the store's reference data. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Ghi mẫu Excel để nhập liệu (mỗi loại bản ghi một trang, danh sách thả xuống, trang Hướng dẫn).")
final class TemplateCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Tệp .xlsx sẽ ghi.")
    Path out;

    @Override
    public Integer call() {
        out = OutputFile.requireInFolder("--out", out, "xlsx");
        try (Services s = store.open()) {
            s.xlsx().writeTemplate(out);
        }
        System.out.println(Messages.get("xlsx.templateWritten", out));
        return 0;
    }
}
