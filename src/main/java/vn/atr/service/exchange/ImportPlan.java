package vn.atr.service.exchange;

import vn.atr.domain.Messages;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;
import vn.atr.domain.VictimIdentity;
import vn.atr.domain.VnFormats;
import vn.atr.format.pkg.Manifest;

/**
 * What importing a package would do, computed before anything is written: one entry per incoming
 * record with its outcome and the reason. The UI binds a table to {@link #entries()} and a
 * side-by-side view to {@link #conflicts()}; {@link #previousImport()} says the file was seen before.
 * {@code identities}: victims' identifiers carried by an encrypted package (decrypted, in memory only).
 * {@code unlisted}: entries counted but no longer listed (see {@link #afterWriting()}); none in a plan as made.
 * {@code senderWarnings}: what the plan says of the sender itself (its audit chain went back, ADR 0189).
 */
public record ImportPlan(String fileName, String fileSha256, Manifest manifest, Optional<String> previousImport,
                         List<Entry> entries, List<String> duplicateWarnings, List<VictimIdentity> identities,
                         Map<Outcome, Integer> unlisted, List<String> senderWarnings) {

    /**
     * {@code NEVER_RECEIVED}: the sender deleted a record this store never had (a ward that removed the sample
     * before ever sending it). Its deletion is stored, so that an older package cannot bring the record back,
     * but no figure here changes: it is counted apart from new records and deletions, and not listed.
     */
    /**
     * What an incoming record does to the store. {@code OLDER}: the store holds a newer version of it than the
     * package (a package sent earlier and merged late), so it is skipped; counted apart from the unchanged, which
     * read as "nothing differs".
     */
    public enum Outcome { NEW, UPDATED, UNCHANGED, OLDER, DELETED, NEVER_RECEIVED, CONFLICT, REJECTED }

    public ImportPlan {
        unlisted = Map.copyOf(unlisted);
        senderWarnings = List.copyOf(senderWarnings);
    }

    /** A plan as made: every entry listed, nothing to say of the sender. */
    public ImportPlan(String fileName, String fileSha256, Manifest manifest, Optional<String> previousImport,
                      List<Entry> entries, List<String> duplicateWarnings, List<VictimIdentity> identities) {
        this(fileName, fileSha256, manifest, previousImport, entries, duplicateWarnings, identities, Map.of(),
                List.of());
    }

    /**
     * What a written package of a batch keeps (ADR 0165): its counts, and as entries only what is shown once
     * it is written (updates, deletions, conflicts: the command line prints them), without the records
     * themselves. New and unchanged records are counted only, so a merge of thousands of packages holds no
     * list of every record it wrote.
     */
    public ImportPlan afterWriting() {
        Map<Outcome, Integer> counted = new EnumMap<>(Outcome.class);
        counted.putAll(unlisted);
        List<Entry> listed = new java.util.ArrayList<>();
        for (Entry e : entries) {
            if (e.outcome() == Outcome.NEW || e.outcome() == Outcome.UNCHANGED || e.outcome() == Outcome.OLDER
                    || e.outcome() == Outcome.NEVER_RECEIVED) {
                counted.merge(e.outcome(), 1, Integer::sum);
            } else { // how people know the record, not the record (an activity's type by its code)
                Object r = e.theirs() != null ? e.theirs() : e.ours();
                Shown shown = r == null ? null : shown(r, e.recordId(), Names.CODES);
                listed.add(new Entry(e.outcome(), e.entity(), e.recordId(), e.ourVersion(), e.theirVersion(),
                        e.reason(), null, shown, e.differences()));
            }
        }
        return new ImportPlan(fileName, fileSha256, manifest, previousImport, listed, duplicateWarnings, identities,
                counted, senderWarnings);
    }

    /**
     * One incoming record. {@code ours} is the stored record (null if new), {@code theirs} the package's;
     * {@code differences} lists the fields that differ, for conflicts and updates.
     */
    public record Entry(Outcome outcome, String entity, String recordId, Long ourVersion, long theirVersion,
                        String reason, Object ours, Object theirs, List<FieldDifference> differences) {
    }

    /** One field shown side by side: our value and theirs, as text. */
    public record FieldDifference(String field, String ours, String theirs) {
    }

    /** One line saying where the package comes from (for the CLI and the screen), its unit by its code. */
    public String describe() {
        return describe(Names.CODES);
    }

    /** {@link #describe()} with the unit by its name and code ("Phường Lê Chân (11311)"). */
    public String describe(Names names) {
        String code = manifest.sourceUnit();
        String name = code == null ? null : names.units().get(code);
        return Messages.get("exchange.plan.describe", fileName, code == null ? Messages.get("exchange.plan.allUnits")
                : Messages.get("trust.oneUnit", name == null || name.isBlank() ? code : name + " (" + code + ")"),
                manifest.installationId(),
                date(manifest.periodFrom()), date(manifest.periodTo()), time(manifest.createdAt()), manifest.appVersion());
    }

    /**
     * The counts as the store keeps them with an import and in its audit log: "new 117, updated 0, ..." (the
     * outcomes' names, a stored format: {@link #previousImportText} reads it back).
     */
    String storedCounts() {
        StringBuilder b = new StringBuilder();
        shown(counts()).forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ")
                .append(k.name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(v));
        return b.toString();
    }

    /**
     * When and with what the file was imported before, as people read it ("04/12/2026 14:30: mới 117, cập nhật 0,
     * ..."): the store keeps it as "time new 117, updated 0, ..." (the outcomes' names); anything else as kept.
     */
    public static String previousImportText(String stored) {
        int space = stored.indexOf(' ');
        if (space < 0) {
            return stored;
        }
        StringBuilder counts = new StringBuilder();
        for (String part : stored.substring(space + 1).split(", ")) {
            String[] word = part.split(" ");
            try {
                counts.append(counts.isEmpty() ? "" : ", ").append(label(Outcome.valueOf(word[0].toUpperCase(
                        java.util.Locale.ROOT)))).append(' ').append(VnFormats.number(Long.parseLong(word[1])));
            } catch (RuntimeException notOurs) {
                return stored;
            }
        }
        return time(stored.substring(0, space)) + ": " + counts;
    }

    /** A manifest date (ISO) as dd/MM/yyyy; as written if it is not a date. */
    private static String date(String iso) {
        try {
            return VnFormats.date(java.time.LocalDate.parse(iso));
        } catch (RuntimeException notADate) {
            return String.valueOf(iso);
        }
    }

    private static String time(String iso) {
        try {
            return VnFormats.dateTime(java.time.Instant.parse(iso));
        } catch (RuntimeException notATime) {
            return String.valueOf(iso);
        }
    }

    /** The outcome's name for people (plan tables, the command line). */
    public static String label(Outcome o) {
        return Messages.get(switch (o) {
            case NEW -> "exchange.outcome.new";
            case UPDATED -> "exchange.outcome.updated";
            case UNCHANGED -> "exchange.outcome.unchanged";
            case OLDER -> "exchange.outcome.older";
            case DELETED -> "exchange.outcome.deleted";
            case NEVER_RECEIVED -> "exchange.outcome.neverReceived";
            case CONFLICT -> "exchange.outcome.conflict";
            case REJECTED -> "exchange.outcome.rejected";
        });
    }

    /** The record kind's name for people (in packages a kind is named by its table: "activity", "victim"). */
    public static String entityLabel(String entity) {
        String key = switch (entity) {
            case "activity" -> "exchange.entity.activity";
            case "outreach_metric" -> "exchange.entity.metric";
            case "trafficking_case" -> "exchange.entity.case";
            case "victim" -> "exchange.entity.victim";
            case "support_service" -> "exchange.entity.support";
            case "victim_identity" -> "exchange.entity.identity";
            default -> null;
        };
        return key == null ? entity : Messages.get(key);
    }

    /**
     * The names a record label uses: units' and catalogue indicators' (activity types, metrics) by code. A code
     * without a name is shown as it is.
     */
    public record Names(Map<String, String> units, Map<String, String> indicators) {
        public static final Names CODES = new Names(Map.of(), Map.of());

        public Names {
            units = Map.copyOf(units);
            indicators = Map.copyOf(indicators);
        }

        /** The catalogue's indicators named in the language the user reads (English where the catalogue has it). */
        public static Map<String, String> indicatorNames(List<vn.atr.domain.catalog.Indicator> catalogue) {
            boolean english = "en".equals(Messages.locale().getLanguage());
            Map<String, String> names = new java.util.HashMap<>();
            catalogue.forEach(i -> names.put(i.code(), english && i.nameEn() != null ? i.nameEn() : i.nameVi()));
            return names;
        }

        String indicator(String code) {
            return code == null ? "" : indicators.getOrDefault(code, code);
        }
    }

    /**
     * A plan row's record as people know it (a case or victim by its code, an activity by its date and
     * title, each with its unit's code); the id when the record is unknown (an unreadable line).
     */
    public static String recordLabel(Entry e) {
        return recordLabel(e, Names.CODES);
    }

    /** {@link #recordLabel(Entry)} with units and types by their {@code names}. */
    public static String recordLabel(Entry e, Names names) {
        return recordLabel(e.theirs() != null ? e.theirs() : e.ours(), e.recordId(), names);
    }

    /** Record {@code r} (id {@code recordId}) as people know it, its unit and type by their {@code names}. */
    public static String recordLabel(Object r, String recordId, Names names) {
        Shown shown = shown(r, recordId, names);
        return shown.label() + unit(shown.unitCode(), code -> names.units().get(code));
    }

    /**
     * What a written batch keeps of a listed record in place of the record (ADR 0165): how people know it, its
     * unit's code (named when printed) and its kind (for the fields' captions).
     */
    public record Shown(String label, String unitCode, Class<?> type) {
    }

    /** The record's kind, for the captions of its fields: the record's own, or the one a written batch kept. */
    public static Class<?> recordType(Object r) {
        return r == null ? null : r instanceof Shown s ? s.type() : r.getClass();
    }

    /** {@code r} as people know it, without its unit's name (an unknown record: its id, no unit). */
    public static Shown shown(Object r, String recordId, Names names) {
        if (r instanceof Shown s) {
            return s;
        } else if (r instanceof vn.atr.domain.Activity a) {
            return new Shown(VnFormats.date(a.startDate()) + " " + (a.title() == null || a.title().isBlank()
                    ? names.indicator(a.typeCode()) : a.title()), a.unitCode(), r.getClass());
        } else if (r instanceof vn.atr.domain.TraffickingCase t) {
            return new Shown(t.caseCode(), t.unitCode(), r.getClass());
        } else if (r instanceof vn.atr.domain.Victim v) {
            return new Shown(v.victimCode(), v.unitCode(), r.getClass());
        } else if (r instanceof vn.atr.domain.OutreachMetric m) {
            return new Shown(names.indicator(m.metricType()) + " " + VnFormats.date(m.periodFrom()) + "-"
                    + VnFormats.date(m.periodTo()), m.unitCode(), r.getClass());
        } else if (r instanceof vn.atr.domain.SupportService ss) {
            return new Shown(VnFormats.date(ss.serviceDate()) + " " + (ss.type() == null ? ""
                    : Messages.get("enum.SupportType." + ss.type().name())), ss.unitCode(), r.getClass());
        } else if (r instanceof vn.atr.domain.DirectionDocument d) {
            return new Shown(Messages.get("enum.DocumentKind." + d.kind().name()) + " " + d.number() + " "
                    + VnFormats.date(d.issuedOn()), d.unitCode(), r.getClass());
        }
        return new Shown(recordId, null, r == null ? null : r.getClass());
    }

    private static String unit(String code, Function<String, String> unitName) {
        if (code == null) {
            return "";
        }
        String name = unitName.apply(code);
        return " (" + (name == null || name.isBlank() ? code : name) + ")";
    }

    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        entries.forEach(e -> counts.merge(e.outcome(), 1, Integer::sum));
        unlisted.forEach((o, n) -> counts.merge(o, n, Integer::sum));
        return counts;
    }

    public List<Entry> conflicts() {
        return entries.stream().filter(e -> e.outcome() == Outcome.CONFLICT).toList();
    }

    /**
     * The counts people are shown: every outcome, except deletions of records never received when there are
     * none (a rare case, which would otherwise add a line of zeros to every import).
     */
    public static Map<Outcome, Integer> shown(Map<Outcome, Integer> counts) {
        Map<Outcome, Integer> shown = new EnumMap<>(counts);
        shown.remove(Outcome.NEVER_RECEIVED, 0);
        shown.remove(Outcome.OLDER, 0);
        return shown;
    }

    public List<Entry> rejected() {
        return entries.stream().filter(e -> e.outcome() == Outcome.REJECTED).toList();
    }

    /** How many records would change the store (new, updated, deleted), listed or not. */
    public int changeCount() {
        Map<Outcome, Integer> c = counts();
        return c.get(Outcome.NEW) + c.get(Outcome.UPDATED) + c.get(Outcome.DELETED);
    }

    /** Listed records that would change the store (new, updated, deleted). */
    public List<Entry> changes() {
        return entries.stream().filter(e -> e.outcome() == Outcome.NEW || e.outcome() == Outcome.UPDATED
                || e.outcome() == Outcome.DELETED).toList();
    }
}
