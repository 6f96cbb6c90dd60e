package vn.atr.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.service.Services;
import vn.atr.service.StoreCopyService;

/**
 * {@code atr copy --from FILE.db --to postgresql://HOST:PORT/DATABASE} (or the reverse): the whole store
 * in one transaction on the target, then both sides' figures; exit 1 when they differ (ADR 0102).
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Chép toàn bộ kho dữ liệu sang kho khác (tệp SQLite sang PostgreSQL hoặc ngược lại), rồi so số liệu hai bên.")
final class CopyCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "STORE",
            description = "Kho nguồn: tệp SQLite hoặc postgresql://MÁY_CHỦ:CỔNG/TÊN_CSDL.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "STORE",
            description = "Kho đích (tạo mới nếu chưa có; không được có bản ghi nào).")
    String to;

    @Option(names = "--user", paramLabel = "NAME", description = "Tên đăng nhập (hoặc biến môi trường ATR_USER).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Tệp chứa mật khẩu ở dòng đầu (hoặc ATR_PASSWORD_FILE; nếu không có thì nhập tại bàn phím).")
    Path passwordFile;

    @Override
    public Integer call() throws ReflectiveOperationException {
        StoreOption source = new StoreOption();
        source.db = from;
        source.user = user;
        source.passwordFile = passwordFile;
        if (!Services.isServerAddress(from) && !java.nio.file.Files.exists(Path.of(from.strip()))) {
            throw new CliFailure(Messages.get("copy.sourceMissing", from.strip()));
        }
        try (Services s = source.open()) {
            StoreCopyService.Result r = s.copy().copyTo(to);
            System.out.println(Messages.get("copy.done", r.from(), r.to()));
            print(r);
            if (!r.verified()) {
                throw new CliFailure(Messages.get("copy.differs", r.to()));
            }
            System.out.println(Messages.get("copy.verified"));
        }
        return 0;
    }

    /** Both sides' summary figures and row counts, one line each, the differences marked. */
    private static void print(StoreCopyService.Result r) throws ReflectiveOperationException {
        Map<String, Object> source = SummaryCommand.asMap(r.sourceSummary());
        Map<String, Object> target = SummaryCommand.asMap(r.targetSummary());
        // the figures by their names in the summary (the dates bounding "every date" say nothing); tables by their own
        Map<String, Object[]> lines = new java.util.LinkedHashMap<>();
        source.forEach((k, v) -> {
            if (v instanceof Long) {
                lines.put(Messages.get("summary." + k), new Object[] {v, target.get(k)});
            }
        });
        for (String table : new TreeSet<>(r.sourceCounts().keySet())) {
            lines.put(table, new Object[] {r.sourceCounts().get(table), r.targetCounts().get(table)});
        }
        // as wide as the longest label, so that the two columns line up however long an indicator's name is
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        String format = "  %-" + width + "s %15s %15s%s%n";
        System.out.printf(format, "", Messages.get("copy.source"), Messages.get("copy.target"), "");
        lines.forEach((label, v) -> System.out.printf(format, label, show(v[0]), show(v[1]),
                String.valueOf(v[0]).equals(String.valueOf(v[1])) ? "" : "  <>"));
    }

    private static String show(Object v) {
        return v instanceof Long n ? VnFormats.number(n) : String.valueOf(v);
    }
}
