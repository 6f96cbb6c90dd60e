package vn.atr.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.domain.catalog.AgeBandEntry;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorGroup;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.service.Services;
import vn.atr.service.catalog.AgeBandService;
import vn.atr.service.catalog.CatalogImport;
import vn.atr.service.catalog.NewIndicator;

/**
 * {@code atr catalog list|add|retire|export|import}: the indicator catalogue (CatalogService) and, with
 * {@code --kind age-band}, the victims' age bands (AgeBandService).
 */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "Danh mục chỉ số (loại hoạt động và chỉ số đếm).",
        subcommands = {CatalogCommand.ListEntries.class, CatalogCommand.Add.class, CatalogCommand.Retire.class,
                CatalogCommand.Export.class, CatalogCommand.Import.class})
final class CatalogCommand {
    private static final String AGE_BAND = "age-band";

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Liệt kê danh mục chỉ số (cả chỉ số đã ngừng).")
    static final class ListEntries implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Option(names = "--json", description = "In dạng JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (Services s = store.open()) {
                List<Indicator> entries = s.catalog().list();
                List<AgeBandEntry> bands = s.ageBands().list();
                if (json) { // the age bands too, as the text list and the catalogue file have them
                    JsonOutput.print(java.util.stream.Stream.concat(entries.stream().map(CatalogCommand::asMap),
                            bands.stream().map(CatalogCommand::asMap)).toList());
                    return 0;
                }
                // the code column as wide as the longest code (INTERNATIONAL_COOPERATION pushed its row out)
                int width = java.util.stream.Stream.concat(entries.stream().map(Indicator::code),
                        bands.stream().map(AgeBandEntry::code)).mapToInt(String::length).max().orElse(0);
                String code = "%-" + Math.max(24, width) + "s";
                for (Indicator i : entries) {
                    String retired = i.retiredOn() == null ? ""
                            : " " + Messages.get("catalog.cli.retired", VnFormats.date(i.retiredOn()));
                    System.out.printf(code + " %-8s %-14s %s (%s)%s%n", i.code(), i.kind(), i.group(), i.nameVi(),
                            i.unitVi(), retired);
                }
                for (AgeBandEntry b : bands) {
                    String retired = b.retiredOn() == null ? ""
                            : " " + Messages.get("catalog.cli.retired", VnFormats.date(b.retiredOn()));
                    System.out.printf(code + " %-8s %-14s %s%s%n", b.code(), "AGE_BAND", b.ages(), b.labelVi(), retired);
                }
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Thêm chỉ số hoặc nhóm tuổi của nạn nhân vào danh mục.")
    static final class Add implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Option(names = "--kind", required = true, paramLabel = "activity|metric|age-band",
                description = "activity: hoạt động (mỗi lần một bản ghi); metric: chỉ số đếm theo kỳ;"
                        + " age-band: nhóm tuổi của nạn nhân.")
        String kind;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Tên tiếng Việt.")
        String name;
        @Option(names = "--unit", paramLabel = "UNIT", description = "Đơn vị tính (tờ, cuốn, buổi, phút...); bắt buộc với activity, metric.")
        String unit;
        @Option(names = "--code", paramLabel = "CODE", description = "Mã (mặc định: tạo từ tên).")
        String code;
        @Option(names = "--group", paramLabel = "GROUP",
                description = "TRAINING, COMMUNICATION, MEDIA, MATERIALS, DIRECTION, INSPECTION, COOPERATION, FUNDING,"
                        + " OTHER (mặc định OTHER).")
        String group;
        @Option(names = "--from", paramLabel = "DATE", description = "Áp dụng từ ngày (dd/MM/yyyy).")
        String from;
        @Option(names = "--from-age", paramLabel = "N", description = "Nhóm tuổi: từ N tuổi (tính cả N).")
        Integer fromAge;
        @Option(names = "--to-age", paramLabel = "M",
                description = "Nhóm tuổi: đến M tuổi (tính cả M; bỏ trống: từ N tuổi trở lên).")
        Integer toAge;

        @Override
        public Integer call() {
            if (AGE_BAND.equalsIgnoreCase(kind.strip())) {
                try (Services s = store.open()) {
                    AgeBandEntry added = s.ageBands().add(name, null, fromAge, toAge, code);
                    System.out.println(Messages.get("catalog.cli.added", added.code(), added.labelVi(), added.ages()));
                }
                return 0;
            }
            if (unit == null) { // a blank one is the service's to refuse, as bad data
                throw new UsageException(Messages.get("catalog.cli.unitRequired"));
            }
            NewIndicator request = new NewIndicator(parse(IndicatorKind.class, "--kind", kind), name, null, unit, code,
                    group == null ? null : parse(IndicatorGroup.class, "--group", group), null,
                    DateOption.parse("--from", from));
            try (Services s = store.open()) {
                Indicator added = s.catalog().add(request);
                System.out.println(Messages.get("catalog.cli.added", added.code(), added.nameVi(), added.unitVi()));
            }
            return 0;
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true,
            description = "Ngừng áp dụng một chỉ số hoặc một nhóm tuổi (giữ nguyên các bản ghi đã có).")
    static final class Retire implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(index = "0", paramLabel = "CODE")
        String code;
        @Option(names = "--from", paramLabel = "DATE", description = "Ngừng từ ngày (mặc định: hôm nay).")
        String from;

        @Override
        public Integer call() {
            try (Services s = store.open()) {
                if (s.ageBands().find(code).isPresent()) {
                    AgeBandEntry band = s.ageBands().retire(code, DateOption.parse("--from", from));
                    System.out.println(Messages.get("catalog.cli.retiredDone", band.code(), band.labelVi(),
                            VnFormats.date(band.retiredOn())));
                    return 0;
                }
                Indicator retired = s.catalog().retire(code, DateOption.parse("--from", from));
                System.out.println(Messages.get("catalog.cli.retiredDone", retired.code(), retired.nameVi(),
                        VnFormats.date(retired.retiredOn())));
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Ghi danh mục (cả nhóm tuổi của nạn nhân) ra tệp (gửi cho các xã, phường).")
    static final class Export implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        public Integer call() {
            try (Services s = store.open()) {
                s.catalog().export(out);
                System.out.println(Messages.get("catalog.cli.exported", s.catalog().list().size(), out,
                        s.ageBands().list().size()));
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Nhận danh mục từ tệp (của Sở), cả nhóm tuổi của nạn nhân.")
    static final class Import implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;
        @Option(names = "--dry-run", description = "Chỉ kiểm tra và in những gì sẽ thêm, đổi; không ghi gì.")
        boolean dryRun;

        @Override
        public Integer call() {
            try (Services s = store.open()) {
                CatalogImport r = s.catalog().importFile(file, dryRun);
                System.out.println(Messages.get(dryRun ? "catalog.cli.wouldImport" : "catalog.cli.imported",
                        r.added().size(), r.updated().size(), r.unchanged()));
                if (dryRun) { // what the administrator checks before taking the file
                    r.added().forEach(code -> System.out.println("  " + Messages.get("catalog.cli.wouldAdd", code)));
                    r.updated().forEach(code -> System.out.println("  "
                            + Messages.get("catalog.cli.wouldUpdate", code)));
                }
                AgeBandService.BandChanges bands = r.ageBands();
                System.out.println(Messages.get("catalog.cli.importedBands", bands.added().size(),
                        bands.updated().size(), bands.unchanged()));
                for (AgeBandEntry b : bands.added()) {
                    System.out.println("  " + Messages.get("catalog.cli.bandAdded", b.code(), b.labelVi(), b.ages()));
                }
                for (AgeBandEntry b : bands.updated()) {
                    String retired = b.retiredOn() == null ? ""
                            : " " + Messages.get("catalog.cli.retired", VnFormats.date(b.retiredOn()));
                    System.out.println("  " + Messages.get("catalog.cli.bandUpdated", b.code(), b.labelVi(), b.ages(),
                            retired));
                }
                if (dryRun) {
                    System.out.println(Messages.get("exchange.cli.dryRun"));
                }
            }
            return 0;
        }
    }

    /** One entry for {@code catalog list --json}: dates as ISO text, absent ones null. */
    static Map<String, Object> asMap(Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("kind", i.kind().name().toLowerCase(Locale.ROOT));
        m.put("name", i.nameVi());
        m.put("nameEn", i.nameEn());
        m.put("unit", i.unitVi());
        m.put("group", i.group().name().toLowerCase(Locale.ROOT));
        m.put("section", i.section().name().toLowerCase(Locale.ROOT));
        m.put("measure", i.measure().name().toLowerCase(Locale.ROOT));
        m.put("order", i.order());
        m.put("introducedOn", i.introducedOn() == null ? null : i.introducedOn().toString());
        m.put("retiredOn", i.retiredOn() == null ? null : i.retiredOn().toString());
        return m;
    }

    /** One age band for {@code catalog list --json}: kind "age-band", its ages (an open end null). */
    static Map<String, Object> asMap(AgeBandEntry b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", b.code());
        m.put("kind", AGE_BAND);
        m.put("name", b.labelVi());
        m.put("nameEn", b.labelEn());
        m.put("fromAge", b.minAge());
        m.put("toAge", b.maxAge());
        m.put("order", b.order());
        m.put("retiredOn", b.retiredOn() == null ? null : b.retiredOn().toString());
        return m;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String option, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(Messages.get("catalog.cli.badChoice", option, value,
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList())));
        }
    }
}
