package vn.atr.cli;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.atr.domain.Messages;
import vn.atr.domain.Summary;
import vn.atr.domain.VnFormats;
import vn.atr.domain.catalog.IndicatorFigure;
import vn.atr.service.Services;

@Command(name = "summary", description = "In các số liệu của báo cáo cho một kỳ (và một đơn vị).")
final class SummaryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    PeriodOptions periodOptions;

    @Option(names = "--unit", paramLabel = "CODE", description = "Mã hoặc tên đơn vị hành chính (gồm cả các đơn vị trực thuộc).")
    String unit;

    @Option(names = "--json", description = "In dạng JSON (khóa tiếng Anh, số nguyên).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var period = periodOptions.period();
        try (Services s = store.open()) {
            unit = UnitArgument.resolve(s, unit); // a code, or a unit's name ("Hồng An")
            Summary summary = s.summary().summary(period, Optional.ofNullable(unit));
            Map<String, Object> fields = asMap(summary);
            List<IndicatorFigure> indicators = s.summary().indicators(period, Optional.ofNullable(unit));
            // zeros, most often from a wrong year, store or unit: said, as the report says it
            if (!summary.hasDataWith(indicators.stream().mapToLong(IndicatorFigure::activities).sum())) {
                System.err.println("atr: " + Messages.get("cli.warning",
                        Messages.get("cli.emptyPeriodSummary", period.toString())));
            }
            if (json) {
                fields.put("indicators", indicators.stream().map(SummaryCommand::asMap).toList());
                JsonOutput.print(fields);
            } else {
                System.out.println(Messages.get("summary.header", VnFormats.date(summary.from()),
                        VnFormats.date(summary.to())));
                Map<String, Long> figures = new LinkedHashMap<>();
                fields.forEach((k, v) -> {
                    if (v instanceof Long n) {
                        figures.put(Messages.get("summary." + k), n);
                    }
                });
                int width = figures.keySet().stream().mapToInt(String::length).max().orElse(0);
                figures.forEach((label, n) ->
                        System.out.printf("  %-" + width + "s %15s%n", label, VnFormats.number(n)));
                System.out.println(Messages.get("summary.indicators"));
                // the catalogue's own English names when the command speaks English (the JSON keeps the Vietnamese)
                Map<String, vn.atr.domain.catalog.Indicator> catalogue = new java.util.HashMap<>();
                if ("en".equals(Messages.locale().getLanguage())) {
                    s.catalog().list().forEach(c -> catalogue.put(c.code(), c));
                }
                indicators.stream().filter(i -> !i.empty()).forEach(i -> System.out.println("  " + line(i,
                        Optional.ofNullable(catalogue.get(i.code())))));
            }
        }
        return 0;
    }

    /**
     * "Lớp tập huấn: 26 lớp / 4.453 / -", "Tờ rơi, tài liệu: 18 / - / 20.200 tờ": the unit word goes with the
     * figure it counts, and a column the entry does not count is "-", as in the report's Phụ lục I. With
     * {@code english}, the catalogue entry's English name and unit word where it has them, the unit word beside the name
     * (English would need its singular for 1).
     */
    static String line(IndicatorFigure i, Optional<vn.atr.domain.catalog.Indicator> english) {
        String name = english.map(vn.atr.domain.catalog.Indicator::nameEn).filter(n -> !n.isBlank()).orElse(i.name());
        String unit = english.map(vn.atr.domain.catalog.Indicator::unitEn).filter(u -> !u.isBlank()).orElse(i.unit());
        String none = Messages.get("summary.notCounted");
        if (i.countsSessions()) {
            return Messages.get("summary.indicatorSessions", name, VnFormats.number(i.activities()), unit,
                    VnFormats.number(i.participants()), shown(i.quantity(), none));
        }
        if (i.countsRecords()) { // "other" activities: their number, then what they recorded in their own unit
            return Messages.get("summary.indicatorOther", name, VnFormats.number(i.activities()),
                    shown(i.participants(), none), i.quantity() == 0 ? none : VnFormats.number(i.quantity()) + " " + unit);
        }
        boolean metric = i.kind() == vn.atr.domain.catalog.IndicatorKind.METRIC;
        return Messages.get("summary.indicatorQuantity", name,
                metric ? shown(i.activities(), none) : VnFormats.number(i.activities()),
                shown(i.participants(), none), VnFormats.number(i.quantity()), unit);
    }

    /** A figure of a column the entry does not count: "-" unless something was recorded there anyway. */
    private static String shown(long value, String none) {
        return value == 0 ? none : VnFormats.number(value);
    }

    /** One entry of {@code indicators}: a public contract (see the README). */
    static Map<String, Object> asMap(IndicatorFigure f) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", f.code());
        map.put("name", f.name());
        map.put("unit", f.unit());
        map.put("activities", f.activities());
        map.put("participants", f.participants());
        map.put("quantity", f.quantity());
        return map;
    }

    /** Record components in declaration order; dates as ISO text. A public contract: see the README. */
    static Map<String, Object> asMap(Summary summary) throws ReflectiveOperationException {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent c : Summary.class.getRecordComponents()) {
            Object value = c.getAccessor().invoke(summary);
            map.put(c.getName(), value instanceof Long ? value : String.valueOf(value));
        }
        return map;
    }
}
