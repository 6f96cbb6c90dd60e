package vn.atr.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.Messages;
import vn.atr.domain.Text;
import vn.atr.domain.VnFormats;
import vn.atr.service.Services;

/**
 * {@code atr units [TEXT] [--all] [--json]}: the administrative units a code is looked up in (for --unit, the
 * workbook and the settings), found by any part of the name, with or without marks.
 */
@Command(name = "units", mixinStandardHelpOptions = true,
        description = "Tra mã đơn vị hành chính: liệt kê các đơn vị có tên chứa TỪ (gõ có dấu hay không dấu đều được).")
final class UnitsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(index = "0", arity = "0..1", paramLabel = "${bundle:paramLabel.word:-TỪ}", descriptionKey = "word", description = "Một phần tên đơn vị (ví dụ: le chan).")
    String search;

    @Option(names = "--all", description = "Kể cả đơn vị đã giải thể (các quận, huyện trước 01/07/2025).")
    boolean all;

    @Option(names = "--json", description = "In dạng JSON: code, name, kind, level, parent, validFrom, validTo.")
    boolean json;

    @Override
    public Integer call() throws java.io.IOException {
        // the list of units is reference data any user may read: no login; without a store yet (a machine being set
        // up), the list a new store starts with, from a store made for the lookup and removed after it
        boolean noStore = !Services.isServerAddress(store.address())
                && !java.nio.file.Files.exists(java.nio.file.Path.of(store.address()));
        java.nio.file.Path scratch = noStore ? java.nio.file.Files.createTempDirectory("atr-units") : null;
        try (Services s = noStore ? Services.open(scratch.resolve("units.db")) : store.openWithoutLogin()) {
            return list(s);
        } finally {
            if (scratch != null) {
                try (var files = java.nio.file.Files.walk(scratch)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(UnitsCommand::delete);
                }
            }
        }
    }

    private static void delete(java.nio.file.Path p) {
        try {
            java.nio.file.Files.deleteIfExists(p);
        } catch (java.io.IOException e) {
            p.toFile().deleteOnExit(); // a scratch file: left to the JVM's exit rather than failing the lookup
        }
    }

    private int list(Services s) {
        String wanted = search == null ? "" : Text.fold(search).strip().replaceAll("\\s+", " ");
        List<AdminUnit> found = s.reference().units().stream()
                .filter(u -> all || u.validTo() == null)
                // from the start of a word: "an duong" is An Dương, not "Quận Dương Kinh" read across its words
                .filter(u -> (" " + Text.fold(u.name())).contains(" " + wanted)
                        || u.code().equals(search == null ? "" : search.strip()))
                .toList();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AdminUnit u : found) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", u.code());
                m.put("name", u.name());
                m.put("kind", u.kind());
                m.put("level", u.level().name());
                m.put("parent", u.parentCode());
                m.put("validFrom", u.validFrom() == null ? null : u.validFrom().toString());
                m.put("validTo", u.validTo() == null ? null : u.validTo().toString());
                rows.add(m);
            }
            JsonOutput.print(rows);
            return 0;
        }
        if (found.isEmpty()) {
            System.out.println(Messages.get(all ? "units.cli.none" : "units.cli.noneInForce", search == null ? "" : search));
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        for (AdminUnit u : found) {
            rows.add(new String[] {u.code(), u.name(), u.validTo() != null
                    ? Messages.get("units.cli.until", VnFormats.date(u.validTo()))
                    : u.validFrom() != null ? Messages.get("units.cli.from", VnFormats.date(u.validFrom())) : ""});
        }
        Columns.print(rows);
        return 0;
    }
}
