package vn.atr.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.atr.domain.DirectionDocument;
import vn.atr.domain.IndicatorTarget;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.domain.Tally;
import vn.atr.domain.VnFormats;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorGroup;
import vn.atr.domain.catalog.IndicatorSection;
import vn.atr.domain.report.Figures;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.Withholding;
import vn.atr.domain.report.ReportOptions;

/**
 * The sentences of the report that quote figures, composed from the patterns of {@link ReportText}:
 * a sentence whose figures are all zero is left out, lists read "a, b và c", numbers are written
 * 10.215, and the previous period is compared only when it has data.
 */
public final class ReportSentences {
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

    /**
     * A document's date as administrative texts cite it: "07/3/2023", "20/02/2024" (Decree 30/2020, Appendix I: a
     * day under 10 and the months 1 and 2 take a leading zero, as in the header's date), so that a plan of February
     * reads as the decree of January beside it ("24/01/2019").
     */
    static String documentDate(java.time.LocalDate day) {
        return String.format("%02d/%s/%d", day.getDayOfMonth(),
                day.getMonthValue() <= 2 ? String.format("%02d", day.getMonthValue()) : day.getMonthValue(), day.getYear());
    }

    private final ReportText t;
    private final IndicatorItems indicators;
    /** Victim counts from 1 to 4 are written "dưới 5" and comparisons of them left out. */
    private final boolean suppressSmall;

    public ReportSentences(ReportText text) {
        this(text, ReportOptions.DEFAULT);
    }

    public ReportSentences(ReportText text, ReportOptions options) {
        this.t = text;
        this.indicators = new IndicatorItems(text);
        this.suppressSmall = options.suppressSmall();
    }

    /** A count of victims: "dưới 5" for 1 to 4 when small counts are suppressed. */
    private String v(long count) {
        return small(count) ? t.get("victims.suppressed") : n(count);
    }

    private boolean small(long count) {
        return suppressSmall && count > 0 && count < ReportOptions.SMALL;
    }

    /** The rule, stated once in the document when small counts are suppressed. */
    public java.util.Optional<String> suppressionRule() {
        return suppressSmall ? java.util.Optional.of(t.get("suppression.rule")) : java.util.Optional.empty();
    }

    private static String n(long v) {
        return VnFormats.number(v);
    }

    public String subject(ReportModel m) {
        String s = t.get("subject", periodPhrase(m.period()));
        return m.unitName().map(u -> t.get("subject.unit", s, u)).orElse(s);
    }

    /** "(Thời gian chốt số liệu: từ ngày 15/12/2023 đến ngày 14/06/2024)": the decree's cut-off dates. */
    public String cutOff(ReportPeriod p) {
        return t.get("subject.cutOff", VnFormats.date(p.from()), VnFormats.date(p.to()));
    }

    /** "năm 2023", "6 tháng đầu năm 2024", "quý III năm 2024", "tháng 3 năm 2024" or "từ ngày ... đến ngày ...". */
    public String periodPhrase(ReportPeriod p) {
        String year = String.valueOf(p.year());
        return switch (p.kind()) {
            case CUSTOM -> t.get("period.range", VnFormats.date(p.from()), VnFormats.date(p.to()));
            case QUARTER -> t.get("period.name.QUARTER", year, ROMAN.get(p.part() - 1));
            case MONTH -> t.get("period.name.MONTH", year, String.valueOf(p.part()));
            default -> t.get("period.name." + p.kind().name(), year);
        };
    }

    /** "Năm 2023", "Quý III năm 2023"; "Trong 6 tháng đầu năm 2023": a sentence does not open with a figure. */
    private String intro(ReportPeriod p) {
        String phrase = periodPhrase(p);
        return !phrase.isEmpty() && Character.isDigit(phrase.charAt(0)) ? t.get("period.intro.figure", phrase)
                : ReportText.capitalize(phrase);
    }

    /** "năm 2022" for a year, "cùng kỳ năm 2023" for the other kinds, "kỳ trước" for a range of dates. */
    private String previousPhrase(ReportPeriod p) {
        ReportPeriod prev = p.previous();
        return switch (prev.kind()) {
            case YEAR -> periodPhrase(prev);
            case CUSTOM -> t.get("period.previous.range", VnFormats.date(prev.from()), VnFormats.date(prev.to()));
            default -> t.get("period.previous.samePeriod", String.valueOf(prev.year()));
        };
    }

    /**
     * "Thực hiện <the texts in force at the cut-off>, <the agency> báo cáo ... <the period> như sau:". The plans
     * another body issued in the report year up to the cut-off, recorded as direction documents, are cited after
     * the texts in force: a quarter's report works under the year's plan issued before the quarter.
     */
    public String legalBasisDefault(ReportModel m) {
        List<String> texts = new ArrayList<>(LegalBasis.forPeriod(t, m.period()));
        String agency = agencyInText(m.agency());
        m.facts().yearPlans().stream()
                .filter(d -> !d.issuer().equalsIgnoreCase(agency))
                .filter(d -> texts.stream().noneMatch(x -> x.contains(" " + d.number() + " "))) // cited beside the store
                .map(d -> t.get("legalBasis.plan", t.label("documentKind", d.kind().name()), d.number(),
                        documentDate(d.issuedOn()), d.issuer(), d.title())).forEach(texts::add);
        return t.get("legalBasis.sentence", String.join(t.get("legalBasis.separator"), texts), agency,
                periodPhrase(m.period()));
    }

    /**
     * The issuing agency as a sentence names it: the header writes it in capitals ("SỞ Y TẾ"); the settings
     * may hold it so. A capitalised name is written as Decree 30 capitalises it in running text ("Sở Y tế",
     * "Ủy ban nhân dân phường Lê Chân": {@link AgencyName}) unless the report text names it ({@code agency.inText}).
     */
    private String agencyInText(vn.atr.domain.AgencySettings a) {
        String own = t.get("agency.inText");
        return own.isBlank() ? AgencyName.inText(a.issuingAgency()) : own;
    }

    /**
     * What was done, one sentence per section of the catalogue that has data: organised (with the agency as
     * subject, the partners it worked with and the topics the sessions were integrated with), materials, media,
     * other; then the target groups, the comparison with the previous period and the share of each target reached.
     * Inspection, international cooperation and funding have their own sentences ({@link #otherWork}).
     */
    public List<String> communication(ReportModel m) {
        Figures f = m.current();
        Map<IndicatorSection, List<String>> items = indicators.bySection(m.indicators(), f);
        List<String> out = new ArrayList<>();
        // a unit's extract counts that unit's records: their subject is the unit's agencies, not the Department
        String agency = m.unitName().map(u -> t.get("comm.subject.unit", ReportText.lowerFirst(u)))
                .orElseGet(() -> agencyInText(m.agency()));
        // the work of the communes and districts is theirs too: "Sở Y tế và các địa phương", not the Department alone;
        // a ward's own store holds its own work
        boolean local = m.unitName().isEmpty() && f.activitiesByUnit().stream()
                .anyMatch(a -> a.records() > 0 && !a.key().equals(m.agency().homeProvinceCode())
                        && !a.key().equals(m.agency().installationUnitCode()));
        String subject = local ? t.get("comm.subject.withLocal", agency) : agency;
        List<String> organised = items.getOrDefault(IndicatorSection.ORGANISED, List.of());
        if (!organised.isEmpty()) {
            // the partners of the period's communication as a whole: a newspaper that only carried the articles is
            // not named as co-organiser of the trainings
            String partners = partners(m.facts().partners());
            out.add(partners.isEmpty() ? t.get("comm.organised.by", intro(m.period()), subject, t.join(organised))
                    : t.get("comm.organised.withPartners", intro(m.period()), subject, partners, t.join(organised)));
        }
        List<String> materials = items.getOrDefault(IndicatorSection.MATERIALS, List.of());
        if (!materials.isEmpty()) {
            out.add(t.get(m.unitName().isPresent() || local ? "comm.materials.unit" : "comm.materials", subject,
                    String.join("; ", materials)));
        }
        List<String> media = items.getOrDefault(IndicatorSection.MEDIA, List.of());
        if (!media.isEmpty()) {
            out.add(t.get("comm.media", subject, String.join(", ", media)));
        }
        List<String> other = items.getOrDefault(IndicatorSection.OTHER, List.of());
        if (!other.isEmpty()) {
            out.add(t.get("comm.other", t.join(other)));
        }
        if (!out.isEmpty() && !m.facts().topics().isEmpty()) {
            out.set(0, out.get(0) + " " + topics(m.facts().topics()));
        }
        if (out.isEmpty()) {
            out.add(t.get("comm.none"));
        } else if (!m.facts().targetGroups().isEmpty()) {
            out.add(t.get("comm.targetGroups", targetGroups(m.facts().targetGroups())));
        }
        Summary now = f.summary();
        Summary before = m.previous().summary();
        // the comparison closes the paragraph whose figures it compares, rather than standing as a line of its own
        int at = organised.isEmpty() ? out.size() - 1 : 0;
        comparisons(m, List.of(new Compared("sessions", now.outreachSessions(), before.outreachSessions()),
                new Compared("participants", now.outreachParticipants(), before.outreachParticipants()),
                new Compared("trainings", now.trainingCourses(), before.trainingCourses()),
                new Compared("leaflets", now.leaflets(), before.leaflets())))
                .ifPresent(c -> out.set(at, out.get(at) + " " + c));
        targets(m).ifPresent(out::add);
        return out;
    }

    /** At most this many partners or target groups are named; the others are "các cơ quan, đơn vị liên quan". */
    static final int MAX_NAMED = 10;

    /** "Công an thành phố, Bộ đội Biên phòng và ...", or nothing. */
    private String partners(List<Tally> partners) {
        if (partners.isEmpty()) {
            return "";
        }
        List<String> named = new ArrayList<>(labels(partners, MAX_NAMED));
        if (partners.size() > MAX_NAMED) {
            named.add(t.get("comm.partners.others"));
        }
        return t.joinNames(named);
    }

    /**
     * "Các hoạt động được lồng ghép với tuyên truyền phòng, chống ma túy (54 hoạt động) và HIV/AIDS (12 hoạt
     * động).": each topic with the activities that name it, since only some of the period's activities may; "Có 54
     * hoạt động được lồng ghép với ..." when every topic is named by as many.
     */
    private String topics(List<Tally> topics) {
        if (topics.stream().mapToLong(Tally::count).distinct().count() == 1) { // the same activities name them all
            return t.get("comm.topics.same", t.join(labels(topics, Integer.MAX_VALUE)), n(topics.get(0).count()));
        }
        return t.get("comm.topics", t.join(topics.stream()
                .map(x -> t.get("comm.topics.item", x.label(), n(x.count()))).toList()));
    }

    /**
     * "người dân, cán bộ và học sinh": each group named once. A stored value may name several groups ("cán bộ,
     * người dân") and wards write the same group in several values, so the values are cut at their commas and a
     * group already named is left out; the most frequent values come first. Beyond {@link #MAX_NAMED} groups,
     * "các đối tượng khác".
     */
    String targetGroups(List<Tally> values) {
        java.util.LinkedHashMap<String, String> groups = new java.util.LinkedHashMap<>();
        for (Tally v : values) {
            for (String part : v.label().split(",")) {
                String group = ReportText.lowerFirst(part.strip());
                if (!group.isEmpty()) {
                    groups.putIfAbsent(group.toLowerCase(vn.atr.domain.Messages.VIETNAMESE), group);
                }
            }
        }
        List<String> named = new ArrayList<>(groups.values().stream().limit(MAX_NAMED).toList());
        if (groups.size() > MAX_NAMED) {
            named.add(t.get("comm.targetGroups.others"));
        }
        return t.join(named);
    }

    private static List<String> labels(List<Tally> rows, int max) {
        return rows.stream().limit(max).map(Tally::label).toList();
    }

    /**
     * "So với kế hoạch năm 2023: số buổi tuyên truyền đạt 108% kế hoạch (54/50 buổi), ..." for the indicators the
     * year has a target for; "chỉ tiêu kế hoạch cả năm" for the 6 and 9 months, whose figures are those of the year
     * so far. A quarter after the first or a month after January holds only part of what the year has done: set
     * against the year's target it would understate the progress ("5%" where the year so far reached 10%), so it
     * has no such sentence.
     */
    java.util.Optional<String> targets(ReportModel m) {
        if (!m.period().from().equals(ReportPeriod.ofYear(m.period().year()).from())) {
            return java.util.Optional.empty();
        }
        List<String> items = new ArrayList<>();
        long[] done = {0};
        for (IndicatorTarget target : m.facts().targets()) {
            m.indicators().stream().filter(i -> i.code().equals(target.indicatorCode())).findFirst().ifPresent(i -> {
                long actual = IndicatorItems.headline(i, m.current());
                done[0] += actual;
                // short of the target is never rounded up to it (277 of 278 is 99%, not 100%), nor something done
                // down to nothing (1 of 300 is "dưới 1%"); nothing done is said so
                long pct = actual < target.target() ? 100 * actual / target.target()
                        : Math.round(100.0 * actual / target.target());
                String name = ReportText.lowerFirst(i.nameVi());
                items.add(actual == 0 ? t.get("target.item.none", name, n(target.target()), i.unitVi())
                        : pct == 0 ? t.get("target.item.belowOne", name, n(actual), n(target.target()), i.unitVi())
                        : t.get("target.item", name, n(pct), n(actual), n(target.target()), i.unitVi()));
            });
        }
        if (items.isEmpty() || done[0] == 0) { // a period with nothing done yet: "0%" of every target says nothing
            return java.util.Optional.empty();
        }
        String key = m.period().kind() == vn.atr.domain.PeriodKind.YEAR ? "target.sentence" : "target.sentence.partial";
        return java.util.Optional.of(t.get(key, String.valueOf(m.period().year()), String.join("; ", items)));
    }

    /**
     * The direction section drafted from the documents issued in the period: one sentence per issuer, in the
     * order the model gives them (higher bodies first), its documents in date order ("Ủy ban nhân dân thành phố
     * ban hành Kế hoạch số 75/KH-UBND ngày 07/3/2023 về ...; ..."). Empty without documents.
     */
    public List<String> direction(ReportModel m) {
        Map<String, List<DirectionDocument>> byIssuer = new java.util.LinkedHashMap<>();
        m.facts().documents().forEach(d -> byIssuer.computeIfAbsent(d.issuer(), k -> new ArrayList<>()).add(d));
        byIssuer.values().forEach(docs -> docs.sort(java.util.Comparator.comparing(DirectionDocument::issuedOn)));
        List<String> out = new ArrayList<>();
        byIssuer.forEach((issuer, docs) -> out.add(t.get("direction.sentence", ReportText.capitalize(issuer),
                String.join("; ", docs.stream().map(this::document).toList()))));
        if (!out.isEmpty()) {
            boolean named = m.facts().documents().stream().allMatch(d -> withinNamedMonths(m.period(), d.issuedOn()));
            out.set(0, t.get("direction.intro", named ? intro(m.period()) : t.get("period.intro.reporting"),
                    out.get(0)));
        }
        return out;
    }

    /**
     * Whether {@code day} lies in the calendar months the period's name says: a reporting month runs from the
     * 15th, so "Tháng 10 năm 2026, ... ban hành Kế hoạch ... ngày 20/9/2026" would contradict itself.
     */
    private static boolean withinNamedMonths(ReportPeriod p, java.time.LocalDate day) {
        if (p.kind() == vn.atr.domain.PeriodKind.CUSTOM) {
            return true; // named by its own dates
        }
        List<java.time.YearMonth> months = p.reportMonths();
        return !months.isEmpty() && !day.isBefore(months.get(0).atDay(1))
                && !day.isAfter(months.get(months.size() - 1).atEndOfMonth());
    }

    /** "Kế hoạch số 75/KH-UBND ngày 07/3/2023 về phối hợp ..." */
    private String document(DirectionDocument d) {
        return t.get("direction.document", t.label("documentKind", d.kind().name()), d.number(),
                documentDate(d.issuedOn()), d.title());
    }

    /**
     * Inspection, international cooperation and funding, each from the catalogue indicators of its group that
     * have data in the period; nothing for a group without data.
     */
    public List<String> otherWork(ReportModel m) {
        List<String> out = new ArrayList<>();
        String agency = agencyInText(m.agency());
        for (IndicatorGroup group : List.of(IndicatorGroup.INSPECTION, IndicatorGroup.COOPERATION,
                IndicatorGroup.FUNDING)) {
            List<String> items = new ArrayList<>();
            List<Indicator> with = m.indicators().stream()
                    .filter(i -> i.group() == group && IndicatorItems.headline(i, m.current()) > 0).toList();
            for (Indicator i : with) {
                // one funding figure is the sentence's own total: "là 50.000.000 đồng", its name not repeated after it
                String key = group == IndicatorGroup.FUNDING && with.size() == 1 ? "other.item.FUNDING.alone"
                        : "other.item." + group.name();
                items.add(t.get(key, n(IndicatorItems.headline(i, m.current())), IndicatorItems.unitPhrase(i),
                        i.unitVi(), ReportText.lowerFirst(i.nameVi())));
            }
            if (!items.isEmpty()) {
                out.add(t.get("other." + group.name(), group == IndicatorGroup.FUNDING ? periodPhrase(m.period())
                        : intro(m.period()), agency, t.join(items)));
            }
        }
        return out;
    }

    /**
     * The narrative drafted from the data for the sections a compiler would otherwise write from nothing: the
     * legal basis of the period, direction (the documents) and the paragraph after victims and support
     * (inspection, cooperation, funding). A section without anything to say is absent.
     */
    public Map<ReportDraft.Section, String> drafted(ReportModel m) {
        Map<ReportDraft.Section, String> out = new java.util.EnumMap<>(ReportDraft.Section.class);
        out.put(ReportDraft.Section.LEGAL_BASIS, legalBasisDefault(m));
        List<String> direction = direction(m);
        if (!direction.isEmpty()) {
            out.put(ReportDraft.Section.DIRECTION, String.join("\n\n", direction));
        }
        List<String> other = otherWork(m);
        if (!other.isEmpty()) {
            out.put(ReportDraft.Section.AFTER_VICTIMS, String.join("\n\n", other));
        }
        return out;
    }

    public List<String> cases(ReportModel m) {
        Figures f = m.current();
        Summary s = f.summary();
        List<String> out = new ArrayList<>();
        if (s.cases() == 0) {
            out.add(t.get("cases.none", intro(m.period()), where(m)));
        } else {
            List<String> split = new ArrayList<>();
            if (s.victimsOtherProvince() > 0) {
                split.add(t.get(people(f, "cases.victims.other"), v(s.victimsOtherProvince())));
            }
            if (s.victimsLocal() > 0) {
                split.add(t.get(people(f, "cases.victims.local"), v(s.victimsLocal()), m.homeProvinceName()));
            }
            String tail = split.isEmpty() ? "" : t.get("cases.split", t.join(split));
            if (suppressSmall && !Withholding.beside(List.of(s.victimsOtherProvince(), s.victimsLocal())).isEmpty()) {
                tail = t.get(people(f, "cases.victims.withheld"), m.homeProvinceName()); // one "dưới 5" gives the other away
            }
            // "trong đó" would say "some of them" of all of them
            boolean allOther = s.victimsOtherProvince() == s.victims() && s.victims() > 0;
            boolean allLocal = s.victimsLocal() == s.victims() && s.victims() > 0;
            if ((allOther || allLocal) && !small(s.victims())) {
                String which = s.victims() == 1 ? (allOther ? "cases.victims.oneOther" : "cases.victims.oneLocal")
                        : (allOther ? "cases.victims.allOther" : "cases.victims.allLocal");
                tail = t.get(people(f, which), n(s.victims()), m.homeProvinceName());
            }
            out.add(t.get(people(f, "cases.total"), periodRangeIntro(m.period()), n(s.cases()), v(s.victims()), tail, where(m)));
            List<Tally> agencies = f.casesByAgency();
            if (agencies.size() == 1 && agencies.get(0).count() == s.cases()) { // "Trong đó" would say "all of them"
                out.add(t.get(s.cases() == 1 ? "cases.byOneAgency.one" : "cases.byOneAgency", n(s.cases()),
                        agencies.get(0).label()));
            } else {
                add(out, "cases.byAgency", agencies, r -> t.get("cases.item.agency", n(r.count()), r.label()));
            }
            add(out, "cases.byStatus", m.facts().casesByStatus(), r -> t.get("cases.item.status", n(r.count()), r.label()));
            add(out, "cases.byScope", f.casesByScope(), r -> t.get("cases.item.scope", n(r.count()), r.label()));
            // a form that is an act rather than a purpose reads as one: "1 vụ mua bán bào thai"
            // a case of several purposes counts under each: said, since the items then add up to more than the cases
            add(out, several(f.casesByExploitation(), s.cases()) ? "cases.byForm.several" : "cases.byForm",
                    f.casesByExploitation(), r -> t.has("cases.item.form." + r.key())
                    ? t.get("cases.item.form." + r.key(), n(r.count())) : t.get("cases.item.form", n(r.count()), r.label()));
        }
        compare(m, "cases", s.cases(), m.previous().summary().cases()).ifPresent(c -> out.set(0, out.get(0) + " " + c));
        return out;
    }

    /** "trên địa bàn", or in a unit's extract "trên địa bàn huyện Thủy Nguyên": the cases are that unit's. */
    private String where(ReportModel m) {
        return m.unitName().map(u -> t.get("cases.where.unit", ReportText.lowerFirst(u))).orElse(t.get("cases.where"));
    }

    public List<String> victims(ReportModel m) {
        Figures f = m.current();
        long victims = f.summary().victims();
        List<String> out = new ArrayList<>();
        long before = m.previous().summary().victims();
        if (victims == 0) {
            // the period compared with had some: said, as for cases (unless a small count it would give away)
            out.add(m.current().hasData() && m.previous().hasData() && before > 0 && !small(before)
                    ? t.get("victims.noneAgainst", previousPhrase(m.period()), t.get("compare.unit.victims", n(before)))
                    : t.get("victims.none"));
            return out;
        }
        StringBuilder first = new StringBuilder(intro(f, victims));
        if (!small(victims) && !small(m.previous().summary().victims())) { // a change in % would give a small count away
            compare(m, "victims", victims, m.previous().summary().victims()).ifPresent(c -> first.append(' ').append(c));
        }
        appendList(first, "victims.bySex", f.victimsBySex(), r -> t.get("victims.item.sex", v(r.count()), r.label()));
        appendList(first, "victims.byAge", f.victimsByAge(),
                r -> t.get(people(f, "victims.item.age"), v(r.count()), r.label()));
        appendList(first, "victims.byResidence", f.victimsByProvince(),
                r -> t.get("victims.item.province", v(r.count()), r.label()));
        appendList(first, "victims.byEthnicity", f.victimsByEthnicity(),
                r -> t.get("victims.item.ethnicity", v(r.count()), r.label()));
        out.add(first.toString());
        StringBuilder second = new StringBuilder();
        appendList(second, people(f, several(f.victimsByExploitation(), victims) ? "victims.byForm.several"
                        : "victims.byForm"), f.victimsByExploitation(),
                r -> t.get(people(f, "victims.item.form"), v(r.count()), r.label()));
        appendList(second, "victims.byDestination", f.victimsByDestination().isEmpty() ? List.of() : f.victimsByPlace(),
                r -> r.key() == null ? t.get(people(f, "victims.item.withinVietnam"), v(r.count()))
                        : t.get(people(f, "victims.item.destination"), v(r.count()), r.label()));
        appendList(second, "victims.byLegal", f.victimsByLegalStatus(),
                r -> t.get("victims.item.legal", v(r.count()), r.label()));
        appendList(second, "victims.byReturn", f.victimsByReturnPath(),
                r -> t.get(people(f, "victims.item.return"), v(r.count()), r.label()));
        if (f.summary().victimsReturned() == victims) {
            second.append(' ').append(small(victims) ? t.get(people(f, "victims.allReturned.suppressed"))
                    : victims == 1 ? t.get(people(f, "victims.allReturned.one"))
                    : t.get(people(f, "victims.allReturned"), n(victims)));
        }
        if (!second.isEmpty()) {
            out.add(second.toString().strip());
        }
        return out;
    }

    /**
     * "... đã xác minh, xác định N nạn nhân", unless some of them are still being identified or are children with
     * a victim: then the people received and, of them, those found to be victims, as the legal status below says
     * (a count of either that is small is not given when small counts are withheld, nor is the other, its
     * complement).
     */
    private String intro(Figures f, long victims) {
        long notYet = notYetVictims(f);
        if (notYet == 0) {
            return t.get("victims.intro", v(victims));
        }
        long found = victims - notYet;
        if (small(found) || small(notYet)) {
            return t.get("victims.intro.partly.suppressed", v(victims));
        }
        return found == 0 ? t.get("victims.intro.noneYet", v(victims))
                : t.get("victims.intro.partly", v(victims), v(found));
    }

    /** The people counted with the victims who are not (yet) found to be victims themselves. */
    private static long notYetVictims(Figures f) {
        return f.victimsByLegalStatus().stream().filter(r -> vn.atr.domain.LegalStatus.notYetVictim(r.key()))
                .mapToLong(Tally::count).sum();
    }

    /**
     * The text saying "người" or "trường hợp" where it says "nạn nhân" ({@code key}.people) when some of the people
     * counted are not (yet) found to be victims, as the first sentence then counts "trường hợp": {@code key} else.
     */
    private String people(Figures f, String key) {
        return notYetVictims(f) > 0 && t.has(key + ".people") ? key + ".people" : key;
    }


    public List<String> support(ReportModel m) {
        Figures f = m.current();
        if (f.summary().supportServices() == 0) {
            return List.of(t.get("support.none"));
        }
        List<String> items = f.supportByType().stream()
                .map(r -> r.value() == 0 ? t.get("support.itemNoAmount", n(r.count()), r.label())
                        : t.get("support.item", n(r.count()), r.label(), n(r.value()))).toList();
        return List.of(t.get("support.total", n(f.summary().supportServices()), n(f.summary().supportAmountVnd()),
                String.join("; ", items)));
    }

    /**
     * "6,5" for 13 against 2: a figure at least doubled reads "tăng gấp 6,5 lần", as administrative texts write
     * it, rather than "tăng 550%"; one decimal, with a comma, none when whole ("gấp 2 lần").
     */
    static String times(long now, long before) {
        java.math.BigDecimal ratio = java.math.BigDecimal.valueOf(now)
                .divide(java.math.BigDecimal.valueOf(before), 1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return ratio.scale() <= 0 ? ratio.toBigInteger().toString() : ratio.toPlainString().replace('.', ',');
    }

    /** A figure of the period beside the same figure of the period it is compared with. */
    record Compared(String what, long now, long before) {
    }

    /** "So với năm 2022, số vụ mua bán người được phát hiện tăng 25% (10 vụ so với 8 vụ)."; nothing without data. */
    java.util.Optional<String> compare(ReportModel m, String what, long now, long before) {
        return comparisons(m, List.of(new Compared(what, now, before)));
    }

    /**
     * Figures beside the previous period's, as one passage: the changes in one sentence, each with both figures so
     * that neither reads as the change ("So với năm 2022, số buổi tuyên truyền tăng 13% (54 buổi so với 48 buổi) và
     * số lượt người được tuyên truyền tăng 5% (10.215 lượt người so với 9.700 lượt người)."), a figure
     * equal to the previous one or set against nothing in a sentence of its own. A period without any record says
     * so once, without comparisons; against nothing, or down to nothing, the two figures are given rather than a
     * percentage ("giảm 100%" beside "no case found").
     */
    java.util.Optional<String> comparisons(ReportModel m, List<Compared> figures) {
        if (!m.previous().hasData() || !m.current().hasData()) {
            return java.util.Optional.empty();
        }
        String previous = previousPhrase(m.period());
        List<String> changes = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (Compared c : figures) {
            if (c.now() == 0 && c.before() == 0) {
                continue;
            }
            String subject = t.get("compare." + c.what());
            String then = t.get("compare.unit." + c.what(), n(c.before()));
            if (c.before() == 0) {
                sentences.add(t.get("compare.sentence.fromNone", ReportText.capitalize(previous),
                        t.get("compare.none." + c.what())));
            } else if (c.now() == 0) {
                sentences.add(t.get("compare.sentence.toNone", subject, previous, then));
            } else if (c.now() == c.before()) {
                sentences.add(t.get("compare.sentence.same", subject, previous, then));
            } else {
                long pct = Math.round(100.0 * Math.abs(c.now() - c.before()) / c.before());
                String change = pct == 0 ? t.get("compare.same")
                        : c.now() >= 2 * c.before() ? t.get("compare.times", times(c.now(), c.before()))
                        : t.get(c.now() > c.before() ? "compare.up" : "compare.down", n(pct));
                changes.add(t.get("compare.part", ReportText.lowerFirst(subject), change,
                        t.get("compare.unit." + c.what(), n(c.now())), then));
            }
        }
        if (!changes.isEmpty()) {
            sentences.add(0, t.get("compare.sentence", previous, t.join(changes)));
        }
        return sentences.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(" ", sentences));
    }

    private String periodRangeIntro(ReportPeriod p) {
        return t.get("period.intro.range", VnFormats.date(p.from()), VnFormats.date(p.to()));
    }

    /** True when the rows of a breakdown of several values per record add up to more than the records. */
    private static boolean several(List<Tally> rows, long records) {
        return rows.stream().mapToLong(Tally::count).sum() > records;
    }

    private void add(List<String> out, String key, List<Tally> rows, Function<Tally, String> item) {
        if (!rows.isEmpty()) {
            out.add(t.get(key, t.join(rows.stream().map(item).toList())));
        }
    }

    /**
     * "Về độ tuổi: 6 nạn nhân từ 18 đến 30 tuổi, ...". Under suppression, two or more rows of "dưới 5" are named
     * together once ("từ 12 đến dưới 16 tuổi, từ 16 đến dưới 18 tuổi (mỗi nhóm dưới 5 nạn nhân)") rather than
     * as a run of "dưới 5 nạn nhân ..." items.
     */
    private void appendList(StringBuilder b, String key, List<Tally> rows, Function<Tally, String> item) {
        if (rows.isEmpty()) {
            return;
        }
        // a single "dưới 5" would be given back by the total less the others: the smallest other goes with it
        java.util.Set<Integer> beside = suppressSmall ? Withholding.beside(rows.stream().map(Tally::count).toList())
                : java.util.Set.of();
        List<Tally> hidden = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (small(rows.get(i).count()) || beside.contains(i)) {
                hidden.add(rows.get(i));
            } else {
                shown.add(item.apply(rows.get(i)));
            }
        }
        String list;
        if (hidden.size() < 2) {
            list = String.join(", ", rows.stream().map(item).toList());
        } else {
            String together = t.get(!beside.isEmpty() ? "victims.withheldTogether" : "victims.smallTogether",
                    String.join(", ", hidden.stream()
                            .map(r -> r.label() == null ? t.get("victims.withinVietnam") : r.label()).toList()));
            list = shown.isEmpty() ? together : String.join(", ", shown) + "; " + together;
        }
        b.append(b.isEmpty() ? "" : " ").append(t.get(key, list));
    }
}
