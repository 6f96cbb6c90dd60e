package vn.atr.cli;

import vn.atr.domain.Messages;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.atr.service.Services;
import vn.atr.service.exchange.BatchImport;
import vn.atr.service.exchange.ExchangeService;
import vn.atr.service.exchange.ImportOutcome;
import vn.atr.service.exchange.ImportPlan;
import vn.atr.service.exchange.ImportRequest;

/**
 * {@code atr import FILE... [--dry-run]}: verify, print the plan, apply it in one transaction. Several
 * files are one import (ADR 0033): merged one after another in one transaction, all of them or none.
 */
@Command(name = "import", description = "Nhập gói dữ liệu (.atrpkg): kiểm tra, in kế hoạch, rồi gộp trong một giao dịch."
        + " Nhiều tệp được gộp trong cùng một lần nhập: tất cả hoặc không gói nào.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Tệp gói .atrpkg (một hay nhiều), hoặc thư mục chứa"
            + " các tệp gói (nhập mọi tệp .atrpkg trong thư mục, theo thứ tự tên)")
    List<Path> given;

    /** The packages named, a folder's as its .atrpkg files in name order. */
    private List<Path> files;

    @Option(names = "--dry-run", description = "Chỉ kiểm tra và in kế hoạch, không ghi gì.")
    boolean dryRun;

    @Option(names = "--add-catalog-entries",
            description = "Thêm vào danh mục các chỉ số mà gói dùng nhưng danh mục chưa có (không có tùy chọn này thì từ chối và liệt kê).")
    boolean addCatalogEntries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        files = PackageFiles.expand(given);
        // A national roll-up's thousands of packages: merged faster in a JVM with C2 (ADR 0207).
        java.util.OptionalInt child = LongJob.runInChild(PackageFiles.bytes(files),
                spec.root().commandLine().getParseResult().originalArgs());
        if (child.isPresent()) {
            return child.getAsInt();
        }
        // For an encrypted package --password-file is the package's password, not the login's.
        char[] password = store.passwordFile != null && files.stream().anyMatch(ExchangeService::isEncrypted)
                ? ExportCommand.packagePassword(store, true) : null;
        // a dry run writes nothing, a new store included: a typo in --db is said, not made into a file
        try (Services s = dryRun ? store.open() : store.openOrCreate()) {
            if (addCatalogEntries && !dryRun) {
                for (Path f : files) {
                    s.catalog().addMissing(s.exchange().catalogEntriesMissing(f,
                            ExchangeService.isEncrypted(f) ? password : null));
                }
            }
            ImportOutcome outcome = s.packageImport().run(new ImportRequest(files,
                    f -> password != null && ExchangeService.isEncrypted(f) ? password : null, !dryRun, BatchImport.Progress.NONE));
            String db = store.asArgument().isEmpty() ? "" : " " + store.asArgument().strip();
            report(outcome, new ImportPlan.Names(s.reference().unitNames(), Map.of()), db);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        return 0;
    }

    /** {@code db}: the store as an argument of the command it suggests (" --db ..."), empty for the default one. */
    private static void report(ImportOutcome outcome, ImportPlan.Names names, String db) {
        outcome.plans().forEach(p -> print(p, names));
        BatchImport batch = outcome.batch();
        if (!outcome.single()) {
            System.out.println(Messages.get("exchange.cli.batchTotal", batch.plans().size()));
            printCounts(batch.counts());
        }
        if (!outcome.written()) {
            if (!outcome.single()) {
                batch.refused().forEach(p -> System.out.println(Messages.get("exchange.cli.batchWouldRefuse",
                        p.fileName(), p.rejected().size())));
            }
            System.out.println(Messages.get("exchange.cli.dryRun"));
            return;
        }
        System.out.println(Messages.get("exchange.cli.imported", batch.changes(), batch.conflicts(),
                batch.identities(), db));
    }

    /** One line per outcome, the figures in one column however long the outcomes' names are. */
    private static void printCounts(Map<ImportPlan.Outcome, Integer> counts) {
        Map<ImportPlan.Outcome, Integer> shown = ImportPlan.shown(counts);
        int width = shown.keySet().stream().mapToInt(o -> ImportPlan.label(o).length()).max().orElse(0);
        shown.forEach((k, v) -> System.out.printf("  %-" + width + "s %8d%n", ImportPlan.label(k), v));
    }

    static void print(ImportPlan plan, ImportPlan.Names names) {
        System.out.println(plan.describe(names));
        plan.previousImport().ifPresent(p -> System.out.println(Messages.get("exchange.cli.seenBefore",
                ImportPlan.previousImportText(p))));
        plan.senderWarnings().forEach(w -> System.out.println("  " + Messages.get("exchange.cli.senderWarning", w)));
        printCounts(plan.counts());
        for (ImportPlan.Entry e : plan.entries()) {
            if (e.outcome() != ImportPlan.Outcome.UNCHANGED && e.outcome() != ImportPlan.Outcome.NEW
                    && e.outcome() != ImportPlan.Outcome.OLDER
                    && e.outcome() != ImportPlan.Outcome.NEVER_RECEIVED) {
                // the record as people know it, its fields under the forms' captions, as the window shows them
                System.out.println("  " + ImportPlan.label(e.outcome()) + " " + ImportPlan.entityLabel(e.entity()) + " "
                        + ImportPlan.recordLabel(e, names) + ": " + e.reason());
                if (e.outcome() != ImportPlan.Outcome.DELETED) { // a deletion's only difference is the deletion
                    Object record = e.theirs() != null ? e.theirs() : e.ours();
                    vn.atr.service.exchange.ShownDifferences.of(e.differences(), ImportPlan.recordType(record))
                            .forEach(d -> System.out.println("      " + d.field() + ": " + d.ours() + " | " + d.theirs()));
                }
            }
        }
        plan.duplicateWarnings().forEach(w -> System.out.println("  " + Messages.get("exchange.cli.likelyDuplicate", w)));
        if (!plan.duplicateWarnings().isEmpty()) {
            System.out.println("  " + Messages.get("exchange.duplicates.advice"));
        }
    }
}
