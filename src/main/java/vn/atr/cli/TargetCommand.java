package vn.atr.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.atr.domain.IndicatorTarget;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.domain.catalog.Indicator;
import vn.atr.service.Services;

/** {@code atr target set|list}: the year's targets of catalogue indicators ("đạt 108% kế hoạch" in the report). */
@Command(name = "target", mixinStandardHelpOptions = true,
        description = "Chỉ tiêu kế hoạch năm của các chỉ số: báo cáo ghi tỷ lệ đạt được so với kế hoạch.",
        subcommands = {TargetCommand.Set.class, TargetCommand.ListTargets.class, TargetCommand.Remove.class})
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
                Indicator entry = s.catalog().find(t.indicatorCode()).orElseThrow();
                System.out.println(Messages.get("target.cli.set", named(entry), String.valueOf(t.year()),
                        VnFormats.number(t.target()) + " " + entry.shownUnit()));
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
                java.util.List<String[]> rows = new java.util.ArrayList<>();
                for (IndicatorTarget t : targets) {
                    java.util.Optional<Indicator> entry = s.catalog().find(t.indicatorCode());
                    rows.add(new String[] {entry.map(TargetCommand::named).orElse(t.indicatorCode()),
                            VnFormats.number(t.target()) + entry.map(e -> " " + e.shownUnit()).orElse("")});
                }
                Columns.print(rows);
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Xóa chỉ tiêu năm của một chỉ số.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Option(names = "--year", required = true, paramLabel = "Y", description = "Năm kế hoạch.")
        int year;
        @Option(names = "--indicator", required = true, paramLabel = "CODE", description = "Mã chỉ số trong danh mục.")
        String indicator;

        @Override
        public Integer call() {
            try (Services s = store.open()) {
                String name = s.catalog().find(indicator.strip()).map(TargetCommand::named).orElse(indicator);
                if (!s.report().targets().remove(year, indicator.strip())) {
                    throw new CliFailure(Messages.get("target.cli.notFound", name, String.valueOf(year)));
                }
                System.out.println(Messages.get("target.cli.removed", name, String.valueOf(year)));
            }
            return 0;
        }
    }

    /** "Lớp tập huấn (TRAINING)": the name people know and the code the options take. */
    private static String named(Indicator entry) {
        return entry.shownName() + " (" + entry.code() + ")";
    }

    private TargetCommand() {
    }
}
