package vn.atr.cli;

import vn.atr.domain.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.atr.service.Services;
import vn.atr.service.exchange.ConflictService;
import vn.atr.service.exchange.ImportPlan;
import vn.atr.service.exchange.ShownDifferences;

/** {@code atr conflicts list} and {@code atr conflicts resolve ID --keep-ours|--take-theirs}. */
@Command(name = "conflicts", description = "Xung đột khi gộp gói dữ liệu: xem và giải quyết.",
        subcommands = {ConflictsCommand.ListConflicts.class, ConflictsCommand.Resolve.class})
final class ConflictsCommand {

    @Command(name = "list", description = "Liệt kê xung đột chưa giải quyết, từng trường: bên mình | bên gửi.")
    static final class ListConflicts implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Override
        public Integer call() {
            try (Services s = store.open()) {
                var open = s.conflicts().list();
                var names = new ImportPlan.Names(s.reference().unitNames(),
                        ImportPlan.Names.indicatorNames(s.catalog().list()));
                System.out.println(Messages.get("exchange.cli.openConflicts", open.size()));
                for (ConflictService.OpenConflict c : open) {
                    // The record and its fields as the window shows them: the forms' captions, values in words.
                    Object record = c.theirs() != null ? c.theirs() : c.ours();
                    System.out.println(Messages.get("exchange.cli.conflictLine", c.id(),
                            ImportPlan.entityLabel(c.entity()),
                            ImportPlan.recordLabel(record, c.recordId(), names),
                            c.ourVersion(), c.theirVersion()));
                    ShownDifferences.of(c.differences(), record == null ? null : record.getClass()).forEach(d ->
                            System.out.println("    " + d.field() + ": " + d.ours() + " | " + d.theirs()));
                }
            }
            return 0;
        }
    }

    @Command(name = "resolve", description = "Giải quyết một xung đột: giữ bản của mình hoặc lấy bản bên gửi.")
    static final class Resolve implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "ID", description = "Số của xung đột (xem: atr conflicts list).")
        long id;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Choice choice;

        static final class Choice {
            @Option(names = "--keep-ours", description = "Giữ bản đang có.")
            boolean keepOurs;

            @Option(names = "--take-theirs", description = "Lấy bản trong gói.")
            boolean takeTheirs;
        }

        @Override
        public Integer call() {
            try (Services s = store.open()) {
                s.conflicts().resolve(id, choice.takeTheirs);
                System.out.println(Messages.get(choice.takeTheirs ? "exchange.cli.resolvedTheirs" : "exchange.cli.resolvedOurs", id));
            }
            return 0;
        }
    }
}
