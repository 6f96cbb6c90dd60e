package vn.atr.cli;

import vn.atr.domain.Messages;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.atr.service.Services;
import vn.atr.service.exchange.ExchangeService;
import vn.atr.service.exchange.ImportPlan;

/** {@code atr import FILE [--dry-run]}: verify, print the plan, apply it in one transaction. */
@Command(name = "import", description = "Nhập gói dữ liệu (.atrpkg): kiểm tra, in kế hoạch, rồi gộp trong một giao dịch.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "FILE", description = "Tệp gói .atrpkg")
    Path file;

    @Option(names = "--dry-run", description = "Chỉ kiểm tra và in kế hoạch, không ghi gì.")
    boolean dryRun;

    @Override
    public Integer call() {
        // For an encrypted package --password-file is the package's password, not the login's.
        char[] password = store.passwordFile != null && ExchangeService.isEncrypted(file)
                ? ExportCommand.packagePassword(store, true) : null;
        try (Services s = store.openOrCreate()) {
            ImportPlan plan = s.exchange().plan(file, password);
            print(plan);
            if (dryRun) {
                System.out.println(Messages.get("exchange.cli.dryRun"));
                return 0;
            }
            s.exchange().apply(plan);
            System.out.println(Messages.get("exchange.cli.imported", plan.changes().size(), plan.conflicts().size(),
                    plan.identities().size()));
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        return 0;
    }

    static void print(ImportPlan plan) {
        System.out.println(plan.describe());
        plan.previousImport().ifPresent(p -> System.out.println(Messages.get("exchange.cli.seenBefore", p)));
        plan.counts().forEach((k, v) -> System.out.printf("  %-14s %8d%n", ImportPlan.label(k), v));
        for (ImportPlan.Entry e : plan.entries()) {
            if (e.outcome() != ImportPlan.Outcome.UNCHANGED && e.outcome() != ImportPlan.Outcome.NEW) {
                System.out.println("  " + ImportPlan.label(e.outcome()) + " " + e.entity() + " " + e.recordId()
                        + ": " + e.reason());
                e.differences().forEach(d -> System.out.println("      " + d.field() + ": " + d.ours() + " | " + d.theirs()));
            }
        }
        plan.duplicateWarnings().forEach(w -> System.out.println("  " + Messages.get("exchange.cli.likelyDuplicate", w)));
    }
}
