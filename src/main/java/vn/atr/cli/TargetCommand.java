package vn.atr.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.atr.domain.IndicatorTarget;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.service.Services;

/** {@code atr target set|list}: the year's targets of catalogue indicators ("đạt 108% kế hoạch" in the report). */
@Command(name = "target", mixinStandardHelpOptions = true,
        description = "Chỉ tiêu kế hoạch năm của các chỉ số: báo cáo ghi tỷ lệ đạt được so với kế hoạch.",
        subcommands = {TargetCommand.Set.class, TargetCommand.ListTargets.class})
final class TargetCommand {

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Đặt (hoặc sửa) chỉ tiêu năm của một chỉ số.")
    static final class Set implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Option(names = "--year", required = true, paramLabel = "Y", description = "Năm kế hoạch.")
        int year;
        @Option(names = "--indicator", required = true, paramLabel = "CODE",
                description = "Mã chỉ số trong danh mục (OUTREACH_SESSION, TRAINING...; xem atr catalog list).")
        String indicator;
        @Option(names = "--value", required = true, paramLabel = "N", description = "Chỉ tiêu (số nguyên dương).")
        long value;

        @Override
        public Integer call() {
            try (Services s = store.open()) {
                IndicatorTarget t = s.report().targets().set(new IndicatorTarget(year, indicator, value));
                System.out.println(Messages.get("target.cli.set", t.indicatorCode(), String.valueOf(t.year()),
                        VnFormats.number(t.target())));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Liệt kê các chỉ tiêu của một năm.")
    static final class ListTargets implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Option(names = "--year", required = true, paramLabel = "Y", description = "Năm kế hoạch.")
        int year;

        @Override
        public Integer call() {
            try (Services s = store.open()) {
                java.util.List<IndicatorTarget> targets = s.report().targets().forYear(year);
                if (targets.isEmpty()) {
                    System.out.println(Messages.get("target.cli.none", String.valueOf(year)));
                }
                for (IndicatorTarget t : targets) {
                    System.out.printf("%-24s %s%n", t.indicatorCode(), VnFormats.number(t.target()));
                }
            }
            return 0;
        }
    }

    private TargetCommand() {
    }
}
