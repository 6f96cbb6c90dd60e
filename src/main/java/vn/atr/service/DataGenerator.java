package vn.atr.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityType;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.AgeBand;
import vn.atr.domain.CaseScope;
import vn.atr.domain.CaseStatus;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.Ids;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.domain.Meta;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.access.Permission;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.ReturnPath;
import vn.atr.domain.Sex;
import vn.atr.domain.SupportService;
import vn.atr.domain.SupportType;
import vn.atr.domain.Topic;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.UnitLevel;
import vn.atr.domain.Victim;
import vn.atr.store.Database;

/**
 * Deterministic synthetic data for tests and benchmarks: the same parameters and seed give the
 * same records (ids included), spread over the communes and the report year.
 */
public final class DataGenerator {
    private static final String AUTHOR = "generator";
    private static final int CHUNK = 10_000;
    private static final String[] WEIGHTED_TYPES = {
        ActivityType.OUTREACH_SESSION, ActivityType.OUTREACH_SESSION, ActivityType.OUTREACH_SESSION,
        ActivityType.OUTREACH_SESSION, ActivityType.TRAINING, ActivityType.CONFERENCE, ActivityType.BROADCAST,
        ActivityType.LEAFLET, ActivityType.BANNER, ActivityType.NEWS_ARTICLE, ActivityType.LEGAL_DOCUMENT,
        ActivityType.WEBSITE_NEWS};
    private static final String[] PROVINCES = {"04", "04", "04", "01", "03", "05", "06", "08", "09", "16", "17"};

    private final Database db;
    private final Repositories repos;
    private final Supplier<Session> session;

    DataGenerator(Database db, Repositories repos, Supplier<Session> session) {
        this.db = db;
        this.repos = repos;
        this.session = session;
    }

    public record Spec(int units, int activities, int cases, long seed, int year) {
    }

    public record Result(int activities, int metrics, int cases, int victims, int support) {
    }

    public Result generate(Spec spec) {
        return generate(spec, done -> { });
    }

    /** @param progress told how many activities are stored so far */
    public Result generate(Spec spec, IntConsumer progress) {
        Session user = session.get();
        user.require(Permission.DATA_LOAD);
        List<AdminUnit> communes = repos.units().listByLevel(UnitLevel.COMMUNE);
        if (spec.units() < 1 || spec.units() > communes.size()) {
            throw new ServiceException(Messages.get("generate.unitsRange", communes.size()));
        }
        if (spec.activities() < 0 || spec.cases() < 0) {
            throw new ServiceException(Messages.get("generate.negative"));
        }
        // no day after today, as the forms refuse one: the current year is generated up to today
        LocalDate today = LocalDate.now();
        ReportPeriod year = ReportPeriod.ofYear(spec.year());
        if (year.from().isAfter(today)) {
            throw new ServiceException(Messages.get("generate.future", spec.year(), VnFormats.date(year.from())));
        }
        ReportPeriod period = year.to().isAfter(today) ? new ReportPeriod(year.from(), today) : year;
        UnitsOn units = unitsOn(repos.units().listAll(), spec.units(), period);
        if (repos.activities().find(Ids.seeded(spec.seed(), 1)).isPresent()
                || repos.metrics().find(Ids.seeded(spec.seed(), 1)).isPresent()) {
            throw new ServiceException(Messages.get("generate.alreadyThere", spec.seed()));
        }
        Random rnd = new Random(spec.seed());
        long[] counter = {0};
        return db.inTransaction(() -> {
            List<Activity> chunk = new ArrayList<>(CHUNK);
            for (int i = 0; i < spec.activities(); i++) {
                chunk.add(activity(rnd, spec.seed(), ++counter[0], units, period));
                if (chunk.size() == CHUNK) {
                    repos.activities().insertAll(chunk, AUTHOR);
                    chunk.clear();
                    progress.accept(i + 1);
                }
            }
            repos.activities().insertAll(chunk, AUTHOR);
            progress.accept(spec.activities());
            List<OutreachMetric> metrics = new ArrayList<>();
            for (String unit : units.on(period.from())) { // checked on the period's first day, as the form does
                // and ended on the unit's last day (a district dissolved on 30/06/2025 counts no visits after it)
                LocalDate last = repos.units().find(unit).map(vn.atr.domain.AdminUnit::validTo)
                        .filter(d -> d.isBefore(period.to())).orElse(period.to());
                metrics.add(new OutreachMetric(meta(spec.seed(), ++counter[0]), unit, OutreachMetric.WEBSITE_VISITS,
                        period.from(), last, 200 + rnd.nextInt(5000), null));
            }
            repos.metrics().insertAll(metrics, AUTHOR);
            db.audit().append(user.userName(), "import.generate", "dataset", "seed " + spec.seed(), null, null,
                    spec.toString());
            return generateCases(spec, rnd, counter, units, period, activitiesResult(spec, metrics.size()));
        });
    }

    private static Result activitiesResult(Spec spec, int metrics) {
        return new Result(spec.activities(), metrics, 0, 0, 0);
    }

    private Result generateCases(Spec spec, Random rnd, long[] counter, UnitsOn units, ReportPeriod period,
                                 Result partial) {
        List<TraffickingCase> cases = new ArrayList<>();
        List<Victim> victims = new ArrayList<>();
        List<SupportService> support = new ArrayList<>();
        for (int i = 0; i < spec.cases(); i++) {
            LocalDate detected = day(rnd, period);
            List<String> valid = units.on(detected);
            String unit = valid.get(rnd.nextInt(valid.size()));
            boolean abroad = rnd.nextInt(3) > 0;
            ExploitationForm form = ExploitationForm.values()[rnd.nextInt(ExploitationForm.values().length)];
            TraffickingCase c = new TraffickingCase(meta(spec.seed(), ++counter[0]), unit,
                    "GEN-" + spec.year() + "-" + (i + 1), detected,
                    rnd.nextInt(4) == 0 ? DetectingAgency.BORDER_GUARD : DetectingAgency.POLICE,
                    abroad ? CaseScope.CROSS_BORDER : CaseScope.DOMESTIC, abroad ? "Trung Quốc" : null,
                    EnumSet.of(form), CaseStatus.values()[rnd.nextInt(CaseStatus.values().length)], 1 + rnd.nextInt(4),
                    null);
            cases.add(c);
            int victimCount = 1 + (rnd.nextInt(2));
            for (int v = 0; v < victimCount; v++) {
                int birthYear = spec.year() - 14 - rnd.nextInt(40);
                boolean returned = rnd.nextInt(5) > 0;
                LocalDate identified = notAfter(detected.plusDays(rnd.nextInt(10)), period.to());
                Victim victim = new Victim(meta(spec.seed(), ++counter[0]), unit, c.meta().id(),
                        c.caseCode() + "-NN" + (v + 1), rnd.nextInt(5) == 0 ? Sex.MALE : Sex.FEMALE, birthYear,
                        AgeBand.ofAge(spec.year() - birthYear).name(), rnd.nextInt(6) == 0 ? "Mông" : "Kinh",
                        abroad ? "Trung Quốc" : null, !abroad, PROVINCES[rnd.nextInt(PROVINCES.length)],
                        LegalStatus.VICTIM, EnumSet.of(form),
                        returned ? returnPath(ReturnPath.values()[rnd.nextInt(3)], abroad) : ReturnPath.NOT_RETURNED,
                        identified,
                        returned ? notAfter(identified.plusDays(3 + rnd.nextInt(30)), LocalDate.now()) : null,
                        rnd.nextBoolean(), null);
                victims.add(victim);
                for (int s = 0; s < 2; s++) {
                    support.add(new SupportService(meta(spec.seed(), ++counter[0]), unit, victim.meta().id(),
                            SupportType.values()[rnd.nextInt(SupportType.values().length)],
                            notAfter(identified.plusDays(s), period.to()),
                            "Trung tâm Công tác xã hội", 100_000L * (1 + rnd.nextInt(30)), null));
                }
            }
        }
        repos.cases().insertAll(cases, AUTHOR);
        repos.victims().insertAll(victims, AUTHOR);
        repos.support().insertAll(support, AUTHOR);
        return new Result(partial.activities(), partial.metrics(), cases.size(), victims.size(), support.size());
    }

    /** The record-holding units (communes, districts) a generated record may carry on a given day. */
    @FunctionalInterface
    public interface UnitsOn {
        List<String> on(LocalDate day);
    }

    /**
     * The first {@code count} units (by code) of the commune and district levels valid on each day of the
     * period: a 2023 record goes to a district, a record from 01/07/2025 to one of the new communes, so that
     * every generated record passes the rule every entry path applies (a unit exists on the record's date).
     * The lists change only where a unit starts or ends, so they are computed once per stretch.
     */
    public static UnitsOn unitsOn(List<AdminUnit> all, int count, ReportPeriod period) {
        List<AdminUnit> holders = all.stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE || u.level() == UnitLevel.DISTRICT)
                .sorted(java.util.Comparator.comparing(AdminUnit::code)).toList();
        java.util.TreeSet<LocalDate> starts = new java.util.TreeSet<>(List.of(period.from()));
        for (AdminUnit u : holders) {
            if (u.validFrom() != null && u.validFrom().isAfter(period.from()) && !u.validFrom().isAfter(period.to())) {
                starts.add(u.validFrom());
            }
            if (u.validTo() != null && !u.validTo().isBefore(period.from()) && u.validTo().isBefore(period.to())) {
                starts.add(u.validTo().plusDays(1));
            }
        }
        java.util.TreeMap<LocalDate, List<String>> byStretch = new java.util.TreeMap<>();
        for (LocalDate start : starts) {
            byStretch.put(start, holders.stream().filter(u -> u.validOn(start)).limit(count).map(AdminUnit::code)
                    .toList());
        }
        return day -> {
            var stretch = byStretch.floorEntry(day);
            List<String> units = stretch == null ? List.of() : stretch.getValue();
            if (units.isEmpty()) {
                throw new ServiceException(Messages.get("generate.unitsRange", 0));
            }
            return units;
        };
    }

    /** One generated activity; public so that benchmarks insert exactly what the generator makes. */
    public static Activity activity(Random rnd, long seed, long counter, UnitsOn units, ReportPeriod period) {
        String type = WEIGHTED_TYPES[rnd.nextInt(WEIGHTED_TYPES.length)];
        boolean session = type.equals(ActivityType.OUTREACH_SESSION) || type.equals(ActivityType.TRAINING)
                || type.equals(ActivityType.CONFERENCE);
        int participants = session ? 20 + rnd.nextInt(300) : 0;
        long quantity = switch (type) {
            case ActivityType.LEAFLET -> 100L * (1 + rnd.nextInt(20));
            case ActivityType.BANNER -> 1 + rnd.nextInt(3);
            case ActivityType.BROADCAST -> 15L * (1 + rnd.nextInt(8));
            case ActivityType.OUTREACH_SESSION, ActivityType.TRAINING, ActivityType.CONFERENCE -> 0;
            default -> 1 + rnd.nextInt(5);
        };
        EnumSet<Topic> topics = rnd.nextBoolean() ? EnumSet.allOf(Topic.class) : EnumSet.noneOf(Topic.class);
        LocalDate day = day(rnd, period);
        List<String> valid = units.on(day);
        return new Activity(meta(seed, counter), valid.get(rnd.nextInt(valid.size())), type, day, null,
                "Hoạt động phòng, chống mua bán người #" + counter, period.to().getYear() < 2025 ? "SLDTBXH" : "SYT", List.of("HLHPN"), topics,
                "Cộng đồng dân cư", participants, quantity, null);
    }

    private static LocalDate notAfter(LocalDate day, LocalDate last) {
        return day.isAfter(last) ? last : day;
    }

    private static LocalDate day(Random rnd, ReportPeriod period) {
        long days = period.to().toEpochDay() - period.from().toEpochDay();
        return period.from().plusDays(rnd.nextInt((int) days + 1));
    }

    private static Meta meta(long seed, long counter) {
        return Meta.fresh(Ids.seeded(seed, counter), AUTHOR);
    }

    /** No handover by another country for a victim trafficked within Vietnam (the draw kept: same data otherwise). */
    private static ReturnPath returnPath(ReturnPath drawn, boolean abroad) {
        return drawn == ReturnPath.HANDED_OVER && !abroad ? ReturnPath.RESCUED : drawn;
    }
}
