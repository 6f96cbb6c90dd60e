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
                System.out.println(Messages.get("exchange.cli.openConflicts", open.size()));
                for (ConflictService.OpenConflict c : open) {
                    System.out.println(Messages.get("exchange.cli.conflictLine", c.id(), c.entity(), c.recordId(),
                            c.ourVersion(), c.theirVersion()));
                    c.differences().forEach(d -> System.out.println("    " + d.field() + ": " + d.ours() + " | "
                            + d.theirs()));
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
