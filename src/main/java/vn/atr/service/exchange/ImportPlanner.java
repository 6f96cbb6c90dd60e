package vn.atr.service.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.atr.domain.Messages;
import vn.atr.domain.Meta;
import vn.atr.domain.Activity;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.Victim;
import vn.atr.domain.Violation;
import vn.atr.domain.catalog.AgeBandEntry;
import vn.atr.domain.catalog.AgeBandRules;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorRules;
import vn.atr.format.pkg.PackageJson;
import vn.atr.service.UnitDates;
import vn.atr.service.exchange.ImportPlan.Entry;
import vn.atr.service.exchange.ImportPlan.FieldDifference;
import vn.atr.service.exchange.ImportPlan.Outcome;
import vn.atr.store.ExchangeRepository;

/**
 * The merge rules (ADR 0030), by record id and version, with the version last exchanged with the
 * sending installation as the common base: new id → add; same data → nothing; theirs newer and ours
 * untouched since the base → update; both changed since the base (or the same version with different
 * data) → conflict kept aside; theirs older and unchanged since the base → nothing.
 */
final class ImportPlanner {
    private final ExchangeRepository exchange;
    private final UnitDates unitDates;
    private final List<AgeBandEntry> ageBands;
    private final Map<String, Indicator> indicators;
    // The reasons most entries share, looked up once per plan rather than once per record.
    private final String newReason = Messages.get("exchange.plan.new");
    private final String sameReason = Messages.get("exchange.plan.same");
    private final String neverReceivedReason = Messages.get("exchange.plan.neverReceived");

    /** Refuses the package when a record it changes is held here under a unit the sender may not touch. */
    @FunctionalInterface
    interface StoredUnits {
        void check(String entity, String id, String storedUnit);
    }

    private final StoredUnits storedUnits;

    ImportPlanner(ExchangeRepository exchange, UnitDates unitDates, List<AgeBandEntry> ageBands,
                  List<Indicator> catalog, StoredUnits storedUnits) {
        this.storedUnits = storedUnits;
        this.exchange = exchange;
        this.unitDates = unitDates;
        this.ageBands = ageBands;
        this.indicators = catalog.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    /**
     * One entity's lines read into records, with each record's validation problems (the domain's rules,
     * no store needed); lines that are not a record become rejected entries.
     */
    record Decoded<T>(ExchangeEntity<T> entity, List<T> records, List<List<Violation>> violations,
                      List<Entry> unreadable) {
    }

    /**
     * Reads and validates the JSON lines: no store access, so it may run ahead on another thread (ADR 0033).
     * Each line is parsed straight from the package's bytes (no text copy of the whole entry, nor of each
     * line); a line that fails is read again as text, so its message is the one the text parser gives.
     */
    static <T> Decoded<T> decode(ExchangeEntity<T> entity, byte[] jsonLines) {
        List<Entry> unreadable = new ArrayList<>();
        List<T> incoming = new ArrayList<>();
        // every activity line as the mapper writes it: read in one pass (ADR 0206); else line by line
        List<vn.atr.domain.Activity> all = entity.type() == vn.atr.domain.Activity.class
                ? vn.atr.format.pkg.ActivityLine.readAll(jsonLines) : null;
        if (all != null) {
            all.forEach(a -> incoming.add(entity.type().cast(a)));
        } else {
            readLines(entity, jsonLines, incoming, unreadable);
        }
        List<List<Violation>> violations = incoming.stream().map(r -> entity.repo().violations(r)).toList();
        return new Decoded<>(entity, incoming, violations, unreadable);
    }

    /** The lines one by one: each record into {@code incoming}, each line that is none into {@code unreadable}. */
    private static <T> void readLines(ExchangeEntity<T> entity, byte[] jsonLines, List<T> incoming,
                                      List<Entry> unreadable) {
        ObjectReader reader = PackageJson.mapper().readerFor(entity.type());
        int line = 0;
        for (int start = 0; start < jsonLines.length; ) {
            int end = start;
            while (end < jsonLines.length && jsonLines[end] != '\n') {
                end++;
            }
            line++;
            if (!asciiBlank(jsonLines, start, end)) {
                try {
                    // an activity line as the mapper writes it is read by the streaming parser, any other by the mapper
                    T fast = entity.type() == vn.atr.domain.Activity.class
                            ? entity.type().cast(vn.atr.format.pkg.ActivityLine.read(jsonLines, start, end - start))
                            : null;
                    incoming.add(fast != null ? fast : reader.readValue(jsonLines, start, end - start));
                } catch (IOException | RuntimeException e) {
                    String text = new String(jsonLines, start, end - start, StandardCharsets.UTF_8);
                    if (!text.isBlank()) {
                        unreadable.add(unreadable(entity, reader, text, line));
                    }
                }
            }
            start = end + 1;
        }
    }

    /** Whether the bytes are whitespace as {@link String#isBlank} counts it, ASCII only (others are parsed). */
    private static boolean asciiBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && (b[i] < '\t' || b[i] > '\r') && (b[i] < 0x1C || b[i] > 0x1F)) {
                return false;
            }
        }
        return true;
    }

    /** The rejected entry of a line that is not a record, with the reason the text parser gives. */
    private static Entry unreadable(ExchangeEntity<?> entity, ObjectReader reader, String text, int line) {
        Exception failure;
        try {
            reader.readValue(text);
            failure = new IOException("unreadable"); // read as text but not as bytes: not expected
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
        return new Entry(Outcome.REJECTED, entity.name(), Messages.get("exchange.plan.line", line), null, 0,
                Messages.get("exchange.plan.unreadable", PackageJson.explain(failure)), null, null, List.of());
    }

    <T> List<Entry> plan(Decoded<T> decoded, String source) {
        ExchangeEntity<T> entity = decoded.entity();
        List<T> incoming = decoded.records();
        List<Entry> entries = new ArrayList<>(decoded.unreadable());
        // Only the incoming ids are looked up, ours and the base alike: cost follows the package, not the store.
        List<String> ids = incoming.stream().map(r -> entity.meta().apply(r).id()).toList();
        Map<String, T> ours = entity.repo().findAll(ids).stream()
                .collect(Collectors.toMap(r -> entity.meta().apply(r).id(), Function.identity()));
        // The base tells who changed a record held on both sides with different data; a record new here or
        // equal on both sides needs none, so a merge of new records reads no base at all.
        boolean[] same = new boolean[incoming.size()];
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            T theirs = incoming.get(i);
            T mine = ours.get(ids.get(i));
            if (mine != null) {
                storedUnits.check(entity.name(), ids.get(i), entity.unit().apply(mine));
            }
            same[i] = mine != null && sameData(entity, mine, theirs);
            if (mine != null && !same[i]) {
                differing.add(ids.get(i));
            }
        }
        Map<String, ExchangeRepository.Base> base = differing.isEmpty() ? Map.of()
                : exchange.bases(source, entity.name(), differing);
        for (int i = 0; i < incoming.size(); i++) {
            T theirs = incoming.get(i);
            T mine = ours.get(ids.get(i));
            entries.add(decide(entity, theirs, withStoreRules(entity, theirs, mine, decoded.violations().get(i)), mine,
                    same[i], base));
        }
        return entries;
    }

    /**
     * A roll-up store's plan of a package's activities (ADR 0203): the live records become the sender's part, each
     * new, under the same rules as any record (the domain's, the catalogue's and the unit's dates) and, as a part
     * replaces what the store holds of the package's units and period, each of those units and dated within it and
     * given once. Deleted records are not part of what the sender holds: they are left out, not listed. {@code taken}:
     * this very file was taken as the part before, so each record the part would hold is unchanged.
     */
    <T> List<Entry> planPart(Decoded<T> decoded, java.util.Set<String> units, LocalDate from, LocalDate to,
                             boolean taken) {
        ExchangeEntity<T> entity = decoded.entity();
        List<Entry> entries = new ArrayList<>(decoded.unreadable());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < decoded.records().size(); i++) {
            T theirs = decoded.records().get(i);
            Meta tm = entity.meta().apply(theirs);
            if (tm.deleted()) {
                continue;
            }
            List<Violation> problems = withStoreRules(entity, theirs, null, decoded.violations().get(i));
            LocalDate day = entity.date().apply(theirs);
            String unit = entity.unit().apply(theirs);
            String partProblem = !seen.add(tm.id()) ? Messages.get("exchange.part.twice")
                    : !units.contains(unit) ? Messages.get("exchange.part.otherUnit", unit)
                    : day == null || day.isBefore(from) || day.isAfter(to) ? Messages.get("exchange.part.outside")
                    : null;
            entries.add(problems.isEmpty() && partProblem != null
                    ? new Entry(Outcome.REJECTED, entity.name(), tm.id(), null, tm.version(), partProblem, null,
                            theirs, List.of())
                    : decide(entity, theirs, problems, taken ? theirs : null, taken, Map.of()));
        }
        return entries;
    }

    /**
     * The domain's problems plus what only this store knows (the age band, the catalogue entry's and the unit's
     * dates), under the form's rules (UnitDates, IndicatorCheck): checked when the record
     * is new here or its unit or date changes, so a package refuses what the form and the workbook refuse.
     */
    private <T> List<Violation> withStoreRules(ExchangeEntity<T> entity, T theirs, T ours, List<Violation> domain) {
        LocalDate day = entity.unitDay().apply(theirs);
        if (!domain.isEmpty() || entity.meta().apply(theirs).deleted()) {
            return domain;
        }
        // A victim's band must be one this store has (a ward may have added its own): else the report has no row.
        if (theirs instanceof Victim v && !(ours instanceof Victim o && Objects.equals(o.ageBand(), v.ageBand()))) {
            Optional<Violation> band = AgeBandRules.usableProblem("ageBand", v.ageBand(), ageBands, null);
            if (band.isPresent()) {
                return List.of(band.get());
            }
        }
        Optional<Violation> indicator = indicatorProblem(theirs, ours);
        if (indicator.isPresent()) {
            return List.of(indicator.get());
        }
        if (day == null) {
            return domain;
        }
        String unit = entity.unit().apply(theirs);
        if (ours != null && unit.equals(entity.unit().apply(ours)) && day.equals(entity.unitDay().apply(ours))) {
            return domain;
        }
        return unitDates.problems(unit, day);
    }

    /**
     * The catalogue's dates, under the form's rule (IndicatorCheck): a record new here, or whose type or date
     * changes, may not use an entry retired (or not yet introduced) on its date. An unknown code never gets here:
     * the package is refused before planning, naming the entries to add.
     */
    private Optional<Violation> indicatorProblem(Object theirs, Object ours) {
        if (theirs instanceof Activity a && !(ours instanceof Activity o
                && o.typeCode().equals(a.typeCode()) && o.startDate().equals(a.startDate()))) {
            return dateProblem("typeCode", a.typeCode(), a.startDate());
        }
        if (theirs instanceof OutreachMetric m && !(ours instanceof OutreachMetric o
                && o.metricType().equals(m.metricType()) && Objects.equals(o.periodTo(), m.periodTo()))) {
            return dateProblem("metricType", m.metricType(), m.periodTo());
        }
        return Optional.empty();
    }

    private Optional<Violation> dateProblem(String field, String code, LocalDate day) {
        Indicator entry = indicators.get(code);
        return entry == null ? Optional.empty() : IndicatorRules.dateProblem(field, entry, day);
    }

    private <T> Entry decide(ExchangeEntity<T> entity, T theirs, List<Violation> violations, T ours, boolean same,
                             Map<String, ExchangeRepository.Base> base) {
        Meta tm = entity.meta().apply(theirs);
        if (!violations.isEmpty() || tm.version() < 1) {
            String reason = violations.isEmpty() ? Messages.get("exchange.plan.badVersion", tm.version())
                    : violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
            return new Entry(Outcome.REJECTED, entity.name(), tm.id(), null, tm.version(), reason, ours, theirs,
                    List.of());
        }
        if (ours == null && tm.deleted()) {
            return new Entry(Outcome.NEVER_RECEIVED, entity.name(), tm.id(), null, tm.version(), neverReceivedReason,
                    null, theirs, List.of());
        }
        if (ours == null) {
            return new Entry(Outcome.NEW, entity.name(), tm.id(), null, tm.version(), newReason, null, theirs,
                    List.of());
        }
        Meta om = entity.meta().apply(ours);
        List<FieldDifference> diff = same ? List.of() : differences(ours, theirs);
        ExchangeRepository.Base b = base.get(tm.id());
        boolean oursChanged = b == null || om.version() > b.ours();
        boolean theirsChanged = b == null || tm.version() > b.theirs();
        Outcome outcome;
        String reason;
        if (diff.isEmpty() || om.deleted() && tm.deleted()) { // deleted on both sides: nothing left to decide
            outcome = Outcome.UNCHANGED;
            reason = sameReason;
        } else if (b != null && theirsChanged && !oursChanged) {
            // changed there only since the last exchange, whatever the numbers (a conflict settled here gave
            // the record a version of its own): the sender's edit is an update
            outcome = tm.deleted() && !om.deleted() ? Outcome.DELETED : Outcome.UPDATED;
            reason = Messages.get("exchange.plan.changedThere", om.version(), tm.version());
        } else if (b != null && oursChanged && !theirsChanged) {
            // changed here only: the package brings nothing new for it, whatever the numbers (the sender may
            // have reached our content by edits of its own, under higher versions)
            outcome = Outcome.OLDER;
            reason = Messages.get("exchange.plan.changedHere", om.version(), tm.version());
        } else if (tm.version() == om.version() || (oursChanged && theirsChanged && b != null)) {
            outcome = Outcome.CONFLICT;
            reason = Messages.get("exchange.plan.bothChanged", om.version(), tm.version());
        } else if (tm.version() > om.version()) {
            outcome = tm.deleted() && !om.deleted() ? Outcome.DELETED : Outcome.UPDATED;
            reason = Messages.get("exchange.plan.newer", om.version(), tm.version());
        } else {
            outcome = Outcome.OLDER;
            reason = Messages.get("exchange.plan.oursNewer", om.version(), tm.version());
        }
        return new Entry(outcome, entity.name(), tm.id(), om.version(), tm.version(), reason, ours, theirs, diff);
    }

    /** Cheap exact test first (most re-imported records are equal), before the field-by-field diff. */
    private static <T> boolean sameData(ExchangeEntity<T> entity, T ours, T theirs) {
        Meta tm = entity.meta().apply(theirs);
        return entity.meta().apply(ours).deleted() == tm.deleted()
                && entity.repo().copyWithMeta(ours, tm).equals(theirs);
    }

    /** Data fields (and the deletion flag) that differ; who and when are bookkeeping, not data. */
    static List<FieldDifference> differences(Object ours, Object theirs) {
        ObjectNode a = comparable(ours);
        ObjectNode b = comparable(theirs);
        List<FieldDifference> diff = new ArrayList<>();
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            JsonNode x = a.get(f);
            JsonNode y = b.get(f);
            if (!x.equals(y)) {
                diff.add(new FieldDifference(f, text(x), text(y)));
            }
        }
        return diff;
    }

    private static ObjectNode comparable(Object record) {
        ObjectNode node = PackageJson.mapper().valueToTree(record);
        JsonNode meta = node.remove("meta");
        node.put("deleted", meta != null && meta.path("deleted").asBoolean());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isArray()) {
                List<String> sorted = new ArrayList<>();
                e.getValue().forEach(v -> sorted.add(v.asText()));
                sorted.sort(null);
                e.setValue(PackageJson.mapper().valueToTree(sorted));
            }
        }
        return node;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.isValueNode() ? n.asText() : n.toString();
    }
}
