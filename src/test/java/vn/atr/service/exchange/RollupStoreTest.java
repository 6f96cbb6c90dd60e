package vn.atr.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.DataGenerator;
import vn.atr.service.ServiceException;
import vn.atr.service.Services;
import vn.atr.service.exchange.ImportPlan.Outcome;
import vn.atr.store.StoreTestSupport;

/**
 * A roll-up store (ADR 0203) takes each package's activities as its sender's part, replaced whole by the sender's
 * next package: its figures are those of a store that merged the same packages record by record, never twice a
 * record sent twice, and an older file never undoes a newer one.
 */
class RollupStoreTest implements vn.atr.store.EngineUnderTest {
    private static final ReportPeriod Y2026 = ReportPeriod.ofYear(2026);
    /** How many activities the parts hold (ADR 0204: one row per unit and half-month). */
    private static final String PARTS = "SELECT coalesce(sum(records), 0) FROM rollup_chunk";

    @TempDir
    Path dir;

    @Test
    void itsFiguresAreThoseOfAStoreThatMergedTheSamePackages() throws Exception {
        Wards wards = wards(4);
        Path merged = importInto("merged.db", false, wards.packages());
        Path rollup = importInto("rollup.db", true, wards.packages());
        try (Services m = Services.open(store(merged)); Services r = Services.open(store(rollup))) {
            assertThat(r.exchange().rollupStore()).isTrue();
            assertThat(r.summary().summary(Y2026, Optional.empty()))
                    .isEqualTo(m.summary().summary(Y2026, Optional.empty()));
            assertThat(r.repositories().activities().countActive()).isZero(); // the parts hold them
            assertThat(m.repositories().activities().countActive()).isPositive();
            // the activity list shows the activities entered in the store, and its count says as many, not the parts'
            assertThat(r.activities().count(vn.atr.domain.ActivityFilter.of(Y2026)).rows()).isZero();
            assertThat(m.activities().count(vn.atr.domain.ActivityFilter.of(Y2026)).rows())
                    .isEqualTo(m.repositories().activities().countActive());
            // a custom period whose first and last days cut half-months: those days' list values are read from the
            // parts' JSON by the engine, beside the list totals
            ReportPeriod cut = new ReportPeriod(java.time.LocalDate.of(2026, 3, 10), java.time.LocalDate.of(2026, 5, 20));
            var rm = r.report().build(cut, Optional.empty());
            var mm = m.report().build(cut, Optional.empty());
            // the figures by type, unit and month, this year's and last year's, and the appendix tables
            assertThat(rm.current()).isEqualTo(mm.current());
            assertThat(rm.previous()).isEqualTo(mm.previous());
            assertThat(rm.appendices()).isEqualTo(mm.appendices());
            var rf = rm.facts();
            var mf = mm.facts();
            assertThat(rf.partners()).isEqualTo(mf.partners());
            assertThat(rf.topics()).isEqualTo(mf.topics());
            assertThat(rf.targetGroups()).isEqualTo(mf.targetGroups()).isNotEmpty();
            assertThat(r.summary().summary(cut, Optional.empty())).isEqualTo(m.summary().summary(cut, Optional.empty()));
        }
        assertThat(StoreTestSupport.text(rollup, PARTS))
                .isEqualTo(StoreTestSupport.text(merged, "SELECT count(*) FROM activity WHERE deleted = 0"));
        assertThat(StoreTestSupport.text(rollup, "SELECT count(*) FROM rollup_part")).isEqualTo("4");
        if (!(this instanceof vn.atr.store.EngineUnderTest.OnPostgresql)) { // written as UTF-8 bytes, kept as text
            assertThat(StoreTestSupport.text(rollup, "SELECT count(*) FROM rollup_chunk WHERE typeof(data) <> 'text'"
                    + " OR data NOT LIKE '[[%'")).isEqualTo("0");
        }
        // cases, victims and support are merged record by record, as in any store
        String[] records = {"trafficking_case", "victim", "support_service", "outreach_metric"};
        assertThat(StoreTestSupport.tablesDigest(rollup, records))
                .isEqualTo(StoreTestSupport.tablesDigest(merged, records));
        // every grain of the totals as the record-by-record merge leaves them: rows, sums, and sums weighted by day
        // and unit (one query for both engines)
        String weighted = " || ' ' || sum(records * CAST(substr(day, 9, 2) AS INTEGER) * length(unit_code))";
        // no day is totalled (ADR 0204, 0211): the parts' days are read from the chunks, as the custom period above
        for (String grain : List.of("activity_half_total", "activity_year_total")) {
            String totals = "SELECT count(*) || ' ' || sum(records) || ' ' || sum(participants) || ' ' || sum(quantity)"
                    + weighted + " || ' ' || sum(participants * CAST(substr(day, 6, 2) AS INTEGER)) FROM " + grain
                    + " WHERE records <> 0";
            assertThat(StoreTestSupport.text(rollup, totals)).as(grain)
                    .isEqualTo(StoreTestSupport.text(merged, totals));
        }
        String months = "SELECT count(*) || ' ' || sum(records) || ' ' || sum(participants) || ' ' || sum(sessions)"
                + weighted + " FROM activity_half_unit_total WHERE records <> 0";
        assertThat(StoreTestSupport.text(rollup, months)).isEqualTo(StoreTestSupport.text(merged, months));
        String lists = "SELECT count(*) || ' ' || sum(records)" + weighted + " || ' ' || sum(records * length(list_value))"
                + " FROM activity_list_total WHERE records <> 0";
        assertThat(StoreTestSupport.text(rollup, lists)).isEqualTo(StoreTestSupport.text(merged, lists));
    }

    @Test
    void aUnitsNextPackageReplacesItsPartAndAnOlderOneIsRefused() throws Exception {
        Wards wards = wards(2);
        String unit = wards.units().get(0);
        Path first = wards.packages().get(0);
        Path second = dir.resolve("second.atrpkg");
        try (Services w = Services.open(store(wards.file()))) {
            List<Activity> mine = w.repositories().activities().listActive().stream()
                    .filter(a -> a.unitCode().equals(unit)).toList();
            Activity a = mine.get(0);
            w.activities().save(new Activity(a.meta(), a.unitCode(), a.typeCode(), a.startDate(), a.endDate(),
                    a.title(), a.leadOrg(), a.partnerOrgs(), a.topics(), a.targetGroup(), a.participants() + 7,
                    a.quantity(), a.notes()), "phuong");
            w.activities().delete(mine.get(1).meta().id(), "phuong");
            w.exchange().export(unit, Y2026, second, null);
        }
        Path merged = importInto("merged.db", false, List.of(first, wards.packages().get(1), second));
        Path rollup = importInto("rollup.db", true, List.of(first, wards.packages().get(1)));
        try (Services r = Services.open(store(rollup))) {
            ImportPlan plan = r.exchange().plan(second, null);
            assertThat(plan.senderWarnings()).anySatisfy(w -> assertThat(w).contains("thay toàn bộ"));
            r.exchange().apply(plan);
            // a part replaced is no sign that the sender's log went back: the audit entry does not say so
            assertThat(r.audit().list(null, "import", 100))
                    .filteredOn(e -> e.recordId().equals(second.getFileName().toString())).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.detail()).contains("in place of").doesNotContain("audit log went back"));
        }
        try (Services m = Services.open(store(merged)); Services r = Services.open(store(rollup))) {
            assertThat(r.summary().summary(Y2026, Optional.empty()))
                    .isEqualTo(m.summary().summary(Y2026, Optional.empty()));
        }
        assertThat(StoreTestSupport.text(rollup, PARTS))
                .isEqualTo(StoreTestSupport.text(merged, "SELECT count(*) FROM activity WHERE deleted = 0"));
        // the same within one batch: the second package replaces the part the batch itself wrote
        Path batch = importInto("rollup-batch.db", true, List.of(first, wards.packages().get(1), second));
        try (Services m = Services.open(store(merged)); Services r = Services.open(store(batch))) {
            assertThat(r.summary().summary(Y2026, Optional.empty()))
                    .isEqualTo(m.summary().summary(Y2026, Optional.empty()));
        }
        assertThat(StoreTestSupport.text(batch, PARTS)).isEqualTo(StoreTestSupport.text(rollup, PARTS));
        // an older file whose newer one was taken by an earlier import is refused: it would undo newer figures
        Path backwards = dir.resolve("rollup-backwards.db");
        try (Services r = Services.open(store(backwards))) {
            r.exchange().makeRollupStore();
            TrustFixtures.trustSenderOf(r, first);
            r.exchange().importAll(List.of(second), p -> null, true);
            String taken = StoreTestSupport.tablesDigest(backwards, "rollup_chunk", "rollup_part");
            assertThatThrownBy(() -> r.exchange().importAll(List.of(first), p -> null, true))
                    .hasMessageContaining(first.getFileName().toString())
                    .hasMessageContaining("không nhận để khỏi ghi đè số liệu mới hơn");
            assertThat(StoreTestSupport.tablesDigest(backwards, "rollup_chunk", "rollup_part")).isEqualTo(taken);
        }
        // with its newer file in the same import (a folder holding a unit's first and corrected packages, the newer
        // one read first), it is left out (ADR 0209): the newer part stays, said on the older file's plan
        Path folder = dir.resolve("rollup-folder.db");
        try (Services r = Services.open(store(folder))) {
            r.exchange().makeRollupStore();
            TrustFixtures.trustSenderOf(r, first);
            BatchImport both = r.exchange().importAll(List.of(second, wards.packages().get(1), first), p -> null, true);
            ImportPlan older = both.plans().get(2);
            assertThat(older.senderWarnings()).anySatisfy(w -> assertThat(w).contains("gói mới hơn của đơn vị " + unit));
            assertThat(older.counts().getOrDefault(Outcome.NEW, 0)).isZero();
            assertThat(both.plans().get(0).senderWarnings()).noneSatisfy(w -> assertThat(w).contains("gói mới hơn"));
            assertThat(r.audit().list(null, "import", 100)).anySatisfy(e -> assertThat(e.detail())
                    .contains("part of unit " + unit).contains("by a file of the same import: not written"));
            // the sender's log did not go back: the plan's words about parts are not said of it
            assertThat(r.audit().list(null, "import", 100)).noneSatisfy(e -> assertThat(e.detail())
                    .contains("audit log went back"));
            // the same folder again, the older file first: the newer one, taken before, is in it: nothing changes
            String now = StoreTestSupport.tablesDigest(folder, "rollup_chunk", "rollup_part");
            assertThat(r.exchange().importAll(List.of(first, wards.packages().get(1), second), p -> null, true)
                    .changes()).isZero();
            assertThat(StoreTestSupport.tablesDigest(folder, "rollup_chunk", "rollup_part")).isEqualTo(now);
        }
        try (Services m = Services.open(store(merged)); Services r = Services.open(store(folder))) {
            assertThat(r.summary().summary(Y2026, Optional.empty()))
                    .isEqualTo(m.summary().summary(Y2026, Optional.empty()));
        }
        assertThat(StoreTestSupport.text(folder, PARTS)).isEqualTo(StoreTestSupport.text(rollup, PARTS));
        assertThat(StoreTestSupport.text(folder, "SELECT count(*) FROM rollup_part")).isEqualTo("2");

        // the first file again, taken before and replaced since: left as it stands (ADR 0208), the newer part kept
        String before = StoreTestSupport.tablesDigest(rollup, "rollup_chunk", "rollup_part", "activity_half_total");
        try (Services r = Services.open(store(rollup))) {
            assertThat(r.exchange().importAll(List.of(first), p -> null, true).changes()).isZero();
        }
        assertThat(StoreTestSupport.tablesDigest(rollup, "rollup_chunk", "rollup_part", "activity_half_total"))
                .isEqualTo(before);
    }

    /**
     * A roll-up store imports its folder of packages again when a few new ones arrive: a file already taken as its
     * part changes nothing, is planned as unchanged and is not written again; another file of the same unit and
     * period (a new export, even of the same records) is a new part and replaces it, as before.
     */
    @Test
    void theSameFileTakenAgainIsUnchangedAndNotWrittenAgain() throws Exception {
        Wards wards = wards(2);
        String[] parts = {"rollup_chunk", "rollup_part", "activity_half_total",
            "activity_year_total"};
        Path rollup = importInto("rollup.db", true, List.of(wards.packages().get(0)));
        String before = StoreTestSupport.tablesDigest(rollup, parts);
        long held = Long.parseLong(StoreTestSupport.text(rollup, PARTS));
        try (Services r = Services.open(store(rollup))) {
            ImportPlan plan = r.exchange().plan(wards.packages().get(0), null);
            assertThat(plan.previousImport()).isPresent();
            assertThat(plan.senderWarnings()).noneSatisfy(w -> assertThat(w).contains("thay toàn bộ"));
            assertThat(plan.counts().get(Outcome.UNCHANGED)).isGreaterThanOrEqualTo((int) held); // cases' too
            assertThat(plan.counts().getOrDefault(Outcome.NEW, 0)).isZero();
            r.exchange().apply(plan);
            assertThat(StoreTestSupport.tablesDigest(rollup, parts)).isEqualTo(before);

            // in a batch with a package not taken yet: only that one's records are changes
            BatchImport again = r.exchange().importAll(wards.packages(), p -> null, true);
            assertThat(again.plans().get(0).counts().getOrDefault(Outcome.NEW, 0)).isZero();
            assertThat(again.changes()).isPositive().isEqualTo(again.plans().get(1).counts().get(Outcome.NEW));
            assertThat(r.audit().list(null, "import", 100)).anySatisfy(e -> assertThat(e.detail())
                    .contains("this file, taken before, unchanged"));
        }
        assertThat(Long.parseLong(StoreTestSupport.text(rollup, "SELECT count(*) FROM rollup_part"))).isEqualTo(2);

        Path reexport = dir.resolve("again.atrpkg");
        try (Services w = Services.open(store(wards.file()))) {
            w.exchange().export(wards.units().get(0), Y2026, reexport, null);
        }
        try (Services r = Services.open(store(rollup))) {
            ImportPlan plan = r.exchange().plan(reexport, null);
            assertThat(plan.senderWarnings()).anySatisfy(w -> assertThat(w).contains("thay toàn bộ"));
            assertThat(plan.counts().get(Outcome.NEW)).isEqualTo((int) held);
            r.exchange().apply(plan);
        }
        assertThat(Long.parseLong(StoreTestSupport.text(rollup, "SELECT count(*) FROM rollup_part"))).isEqualTo(3);

        // the whole folder again, the first file now older than the part that replaced it: left as it stands, not
        // refused (it would undo the newer part) and not a refusal of the batch
        String now = StoreTestSupport.tablesDigest(rollup, parts);
        try (Services r = Services.open(store(rollup))) {
            BatchImport folder = r.exchange().importAll(List.of(wards.packages().get(0), wards.packages().get(1),
                    reexport), p -> null, true);
            assertThat(folder.changes()).isZero();
        }
        assertThat(StoreTestSupport.tablesDigest(rollup, parts)).isEqualTo(now);
    }

    /** A plan shown before another import took the same file is planned again, not written as new records. */
    @Test
    void aPlanOfAFileTakenSinceIsMadeAgain() throws Exception {
        Wards wards = wards(1);
        Path pkg = dir.resolve("activities-only.atrpkg"); // no other record to have changed since the plan
        try (Services w = Services.open(store(wards.file()))) {
            w.exchange().exportActivities(wards.units().get(0), Y2026, w.repositories().activities().listActive(), pkg);
        }
        Path rollup = dir.resolve("rollup.db");
        try (Services r = Services.open(store(rollup))) {
            r.exchange().makeRollupStore();
            TrustFixtures.trustSenderOf(r, pkg);
            ImportPlan shown = r.exchange().plan(pkg, null);
            assertThat(shown.counts().get(Outcome.NEW)).isPositive();
            r.exchange().importAll(List.of(pkg), p -> null, true); // the other PC's import
            String before = StoreTestSupport.tablesDigest(rollup, "rollup_chunk", "rollup_part");
            assertThatThrownBy(() -> r.exchange().apply(shown))
                    .isInstanceOf(ExchangeService.StalePlanException.class)
                    .hasMessageContaining(pkg.getFileName().toString());
            assertThat(StoreTestSupport.tablesDigest(rollup, "rollup_chunk", "rollup_part")).isEqualTo(before);
            assertThat(r.exchange().plan(pkg, null).counts().getOrDefault(Outcome.NEW, 0)).isZero();
        }
    }

    @Test
    void aCitysPackageReplacesItsCommunesParts() throws Exception {
        Wards wards = wards(3);
        Path district = dir.resolve("city.atrpkg");
        Path early = dir.resolve("early.atrpkg"); // a commune's file made before the city's, never taken
        String parent;
        try (Services w = Services.open(store(wards.file()))) {
            parent = w.repositories().units().find(wards.units().get(0)).orElseThrow().parentCode();
            w.exchange().export(wards.units().get(0), Y2026, early, null);
            w.exchange().export(parent, Y2026, district, null);
        }
        List<Path> all = new ArrayList<>(wards.packages());
        all.add(district);
        Path rollup = importInto("rollup.db", true, all);
        Path merged = importInto("merged.db", false, all);
        try (Services m = Services.open(store(merged)); Services r = Services.open(store(rollup))) {
            assertThat(r.summary().summary(Y2026, Optional.empty()))
                    .isEqualTo(m.summary().summary(Y2026, Optional.empty()));
        }
        assertThat(StoreTestSupport.text(rollup, PARTS))
                .isEqualTo(StoreTestSupport.text(merged, "SELECT count(*) FROM activity WHERE deleted = 0"));
        // a commune's file made before the city's, which covers it, would undo part of it
        try (Services r = Services.open(store(rollup))) {
            assertThatThrownBy(() -> r.exchange().importAll(List.of(early), p -> null, true))
                    .hasMessageContaining(early.getFileName().toString())
                    .hasMessageContaining("không nhận để khỏi ghi đè số liệu mới hơn");
            // the commune's file the store took before the city's is left as it stands
            assertThat(r.exchange().importAll(List.of(wards.packages().get(0)), p -> null, true).changes()).isZero();
            // with the city's file in the same import, it is left out, as the city's part covers it (ADR 0209)
            String before = StoreTestSupport.tablesDigest(rollup, "rollup_chunk", "rollup_part");
            BatchImport again = r.exchange().importAll(List.of(district, early), p -> null, true);
            assertThat(again.changes()).isZero();
            assertThat(again.plans().get(1).senderWarnings())
                    .anySatisfy(w -> assertThat(w).contains("gói mới hơn của đơn vị " + parent));
            assertThat(StoreTestSupport.tablesDigest(rollup, "rollup_chunk", "rollup_part")).isEqualTo(before);
        }
    }

    /** A province's roll-up store sends its communes' activities on to the national one in its own package. */
    @Test
    void aRollupStoresPackageCarriesItsPartsOn() throws Exception {
        Wards wards = wards(3);
        Path city = importInto("city.db", true, wards.packages());
        Path cityPackage = dir.resolve("city-up.atrpkg");
        try (Services c = Services.open(store(city))) {
            String parent = c.repositories().units().find(wards.units().get(0)).orElseThrow().parentCode();
            ExchangeService.ExportResult r = c.exchange().export(parent, Y2026, cityPackage, null);
            assertThat(r.counts().get("activity")).isEqualTo(Long.parseLong(
                    StoreTestSupport.text(city, PARTS)));
        }
        Path national = importInto("national.db", true, List.of(cityPackage));
        try (Services c = Services.open(store(city)); Services n = Services.open(store(national))) {
            assertThat(n.summary().summary(Y2026, Optional.empty()))
                    .isEqualTo(c.summary().summary(Y2026, Optional.empty()));
        }
    }

    @Test
    void aRecordOutsideThePackagesPeriodRefusesItAndNothingChanges() throws Exception {
        Wards wards = wards(1);
        String unit = wards.units().get(0);
        Path odd = dir.resolve("odd.atrpkg");
        try (Services w = Services.open(store(wards.file()))) {
            List<Activity> rows = new ArrayList<>(w.repositories().activities().listActive().stream()
                    .filter(a -> a.unitCode().equals(unit)).toList());
            Activity a = rows.get(0);
            rows.set(0, new Activity(a.meta(), a.unitCode(), a.typeCode(), java.time.LocalDate.of(2025, 12, 1), null,
                    a.title(), a.leadOrg(), a.partnerOrgs(), a.topics(), a.targetGroup(), a.participants(),
                    a.quantity(), a.notes()));
            w.exchange().exportActivities(unit, Y2026, rows, odd); // 01/12/2025: before the report year's start
        }
        Path rollup = dir.resolve("rollup.db");
        try (Services r = Services.open(store(rollup))) {
            r.exchange().makeRollupStore();
            TrustFixtures.trustSenderOf(r, odd);
        }
        String before = StoreTestSupport.recordsDigest(rollup);
        try (Services r = Services.open(store(rollup))) {
            ImportPlan plan = r.exchange().plan(odd, null);
            assertThat(plan.rejected()).singleElement().satisfies(e -> assertThat(e.reason())
                    .isEqualTo("ngày bắt đầu nằm ngoài kỳ của gói"));
            assertThatThrownBy(() -> r.exchange().importAll(List.of(odd), p -> null, true))
                    .hasMessageContaining("ngày bắt đầu nằm ngoài kỳ của gói");
        }
        assertThat(StoreTestSupport.text(rollup, PARTS)).isEqualTo("0");
        assertThat(StoreTestSupport.text(rollup, "SELECT count(*) FROM activity_half_total")).isEqualTo("0");
        assertThat(StoreTestSupport.recordsDigest(rollup)).isEqualTo(before);
        assertThat(StoreTestSupport.text(rollup, "SELECT count(*) FROM rollup_part")).isEqualTo("0");
    }

    @Test
    void aPackageForPartOfAHalfMonthReplacesOnlyItsDays() throws Exception {
        Wards wards = wards(1);
        String unit = wards.units().get(0);
        Path rollup = importInto("rollup.db", true, wards.packages());
        ReportPeriod cut = new ReportPeriod(java.time.LocalDate.of(2026, 3, 10), java.time.LocalDate.of(2026, 5, 20));
        Path second = dir.resolve("second.atrpkg");
        List<Activity> expected;
        try (Services w = Services.open(store(wards.file()))) {
            List<Activity> inside = w.repositories().activities().listActive().stream()
                    .filter(a -> !a.startDate().isBefore(cut.from()) && !a.startDate().isAfter(cut.to())).toList();
            assertThat(inside).hasSizeGreaterThan(1);
            Activity a = inside.get(0);
            w.activities().save(new Activity(a.meta(), a.unitCode(), a.typeCode(), a.startDate(), a.endDate(),
                    a.title(), a.leadOrg(), a.partnerOrgs(), a.topics(), a.targetGroup(), a.participants() + 3,
                    a.quantity(), a.notes()), "phuong");
            w.activities().delete(inside.get(1).meta().id(), "phuong");
            w.exchange().export(unit, cut, second, null);
            expected = w.repositories().activities().listActive();
        }
        try (Services r = Services.open(store(rollup))) {
            r.exchange().importAll(List.of(second), p -> null, true);
        }
        try (Services w = Services.open(store(wards.file())); Services r = Services.open(store(rollup))) {
            assertThat(r.summary().summary(Y2026, Optional.empty()))
                    .isEqualTo(w.summary().summary(Y2026, Optional.empty()));
            List<Activity> held = new ArrayList<>();
            r.repositories().activities().forEachInPeriod(Y2026.from(), Y2026.to(), null, held::add);
            // the records as the ward holds them now: those of the cut days replaced, those around them kept
            assertThat(held).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(StoreTestSupport.text(rollup, PARTS)).isEqualTo(String.valueOf(expected.size()));
        assertThat(StoreTestSupport.text(rollup, "SELECT activities || ' ' || replaced FROM rollup_part"
                + " WHERE period_from = '2026-03-10'")).isEqualTo((expected.stream().filter(a ->
                !a.startDate().isBefore(cut.from()) && !a.startDate().isAfter(cut.to())).count()) + " "
                + (expected.stream().filter(a -> !a.startDate().isBefore(cut.from())
                && !a.startDate().isAfter(cut.to())).count() + 1));
    }

    @Test
    void aStoreHoldingActivitiesCannotBecomeARollupStore() {
        Wards wards = wards(1);
        try (Services w = Services.open(store(wards.file()))) {
            assertThatThrownBy(() -> w.exchange().makeRollupStore())
                    .hasMessageContaining("chỉ kho chưa có hoạt động nào mới chuyển thành kho tổng hợp được");
            assertThat(w.exchange().rollupStore()).isFalse();
        }
    }

    /** The ward store's file, its communes and one package of each. */
    private record Wards(Path file, List<String> units, List<Path> packages) {
    }

    private Wards wards(int n) {
        Path file = dir.resolve("wards.db");
        List<Path> packages = new ArrayList<>();
        List<String> units = new ArrayList<>();
        try (Services wards = Services.open(store(file))) {
            wards.generator().generate(new DataGenerator.Spec(n, n * 40, n, 5, 2026));
            for (String u : wards.repositories().activities().listActive().stream().map(Activity::unitCode)
                    .distinct().sorted().toList()) {
                Path p = dir.resolve(u + ".atrpkg");
                wards.exchange().export(u, Y2026, p, null);
                packages.add(p);
                units.add(u);
            }
            assertThat(units).hasSize(n);
        }
        return new Wards(file, units, packages);
    }

    private Path importInto(String name, boolean rollup, List<Path> packages) {
        Path file = dir.resolve(name);
        try (Services s = Services.open(store(file))) {
            if (rollup) {
                s.exchange().makeRollupStore();
            }
            TrustFixtures.trustSenderOf(s, packages.get(0));
            BatchImport r = s.exchange().importAll(packages, p -> null, true);
            assertThat(r.counts().get(Outcome.REJECTED)).isZero();
        }
        return file;
    }
}
