package vn.atr.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.atr.domain.Messages;
import vn.atr.service.Services;
import vn.atr.service.xlsximport.XlsxImportResult;
import vn.atr.service.xlsximport.XlsxProblem;

/**
 * {@code atr import-xlsx FILE [--dry-run] [--valid-only]}: every invalid cell on stdout (sheet, row,
 * column, reason); exit 1 with a one-line reason when the file is refused (nothing written).
 */
@Command(name = "import-xlsx", mixinStandardHelpOptions = true,
        description = "Nhập dữ liệu từ tệp Excel theo mẫu (atr template): ghi tất cả trong một giao dịch khi mọi dòng đúng.")
final class ImportXlsxCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "FILE", description = "Tệp .xlsx đã điền theo mẫu.")
    Path file;

    @Option(names = "--dry-run", description = "Chỉ kiểm tra và liệt kê ô sai, không ghi gì.")
    boolean dryRun;

    @Option(names = "--valid-only", description = "Chỉ nhập các dòng đúng (bỏ qua các dòng có ô sai).")
    boolean validOnly;

    @Override
    public Integer call() {
        XlsxImportResult r;
        // a dry run writes nothing, a new store included: a typo in --db is said, not made into a file
        try (Services s = dryRun ? store.open() : store.openOrCreate()) {
            r = s.xlsx().importFile(file, dryRun, validOnly);
        }
        for (XlsxProblem p : r.problems()) {
            System.out.println(p.message());
        }
        r.warnings().forEach(w -> System.out.println("  " + w));
        r.validRows().forEach((sheet, n) -> System.out.println(Messages.get("xlsx.validRows", sheet, n)));
        if (dryRun) {
            System.out.println(Messages.get("xlsx.dryRun", r.validCount(), r.problems().size()) + " ("
                    + Messages.get("xlsx.changes", r.added(), r.updated(), r.unchanged()) + ")");
            refuseIfProblems(r);
            return 0;
        }
        refuseIfProblems(r);
        if (!r.written()) {
            System.out.println(Messages.get(r.unchanged() > 0 ? "xlsx.allUnchanged" : "xlsx.nothing", r.fileName()));
            return 0;
        }
        if (r.hasProblems()) {
            System.out.println(Messages.get("xlsx.skipped", r.problems().size()));
        }
        System.out.println(Messages.get("xlsx.imported", r.imported(), r.fileName()) + " ("
                + Messages.get("xlsx.changes", r.added(), r.updated(), r.unchanged()) + ")");
        return 0;
    }

    /** Problems refuse the file, except bad rows under --valid-only; a sheet that could not be read always does. */
    private void refuseIfProblems(XlsxImportResult r) {
        if (r.hasSheetProblems()) {
            throw new CliFailure(Messages.get("xlsx.sheetRefused", r.fileName()));
        }
        if (r.hasProblems() && !validOnly) {
            throw new CliFailure(Messages.get("xlsx.rejected", r.fileName(), r.problems().size()));
        }
    }
}
