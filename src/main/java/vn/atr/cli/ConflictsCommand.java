package vn.atr.cli;

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
                System.out.println(open.size() + " xung đột chưa giải quyết");
                for (ConflictService.OpenConflict c : open) {
                    System.out.println("#" + c.id() + " " + c.entity() + " " + c.recordId() + " (bên mình v"
                            + c.ourVersion() + ", bên gửi v" + c.theirVersion() + ")");
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

        @Parameters(index = "0", paramLabel = "ID")
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
                System.out.println("Đã giải quyết xung đột #" + id + (choice.takeTheirs ? ": lấy bản bên gửi" : ": giữ bản của mình"));
            }
            return 0;
        }
    }
}
