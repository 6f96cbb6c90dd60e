package vn.atr.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.UnitLevel;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;
import vn.atr.service.exchange.ImportPlan.Outcome;
import vn.atr.store.StoreTestSupport;

/** Several packages chosen at once are one import: merged in order, in one transaction (ADR 0033). */
class BatchImportTest implements vn.atr.store.EngineUnderTest {
    /** A year after 01/07/2025: the generated records belong to the communes, which exist from that day. */
    private static final ReportPeriod Y2026 = ReportPeriod.ofYear(2026);

    @TempDir
    Path dir;

    @Test
    void aBatchMergesLikeOneByOneAndASecondRunChangesNothing() throws Exception {
        List<Path> packages = wardPackages(6);
        Path one = oneByOne("one-by-one.db", packages);
        Path batch = dir.resolve("batch.db");
        try (Services s = Services.open(store(batch))) {
            TrustFixtures.trustSenderOf(s, packages.get(0));
            BatchImport r = s.exchange().importAll(packages, p -> null, true);
            assertThat(r.written()).isTrue();
            assertThat(r.plans()).hasSize(6);
            assertThat(r.changes()).isPositive().isEqualTo(r.counts().get(Outcome.NEW));
            BatchImport again = s.exchange().importAll(packages, p -> null, true);
            assertThat(again.changes()).isZero();
            assertThat(again.counts().get(Outcome.UNCHANGED)).isEqualTo(r.changes());
            assertThat(again.plans()).allSatisfy(p -> assertThat(p.previousImport()).isPresent());
        }
        String[] records = {"activity", "activity_half_total", "outreach_metric", "trafficking_case", "victim",
            "support_service", "exchange_base", "exchange_conflict"};
        assertThat(StoreTestSupport.tablesDigest(batch, records)).isEqualTo(StoreTestSupport.tablesDigest(one, records));
        try (Services a = Services.open(store(one)); Services b = Services.open(store(batch))) {
            assertThat(b.summary().summary(Y2026, Optional.empty()))
                    .isEqualTo(a.summary().summary(Y2026, Optional.empty()));
        }
    }

    /**
     * A batch bringing more activities than the store holds builds the activity indexes once at its end (on
     * SQLite, ADR 0165): the same rows, totals, bookkeeping and indexes as one package at a time. The written
     * batch keeps each package's counts, and lists no new record.
     */
    @Test
    void aLargeBatchMatchesOneByOneAndKeepsCountsNotRecords() throws Exception {
        List<Path> packages = new ArrayList<>();
        try (Services wards = Services.open(store(dir.resolve("large-wards.db")))) {
            wards.generator().generate(new DataGenerator.Spec(6, 12_000, 0, 9, 2026));
            for (AdminUnit u : wards.repositories().units().listByLevel(UnitLevel.COMMUNE).subList(0, 6)) {
                Path p = dir.resolve("large-" + u.code() + ".atrpkg");
                wards.exchange().export(u.code(), Y2026, p, null);
                packages.add(p);
            }
        }
        Path one = oneByOne("large-one-by-one.db", packages);
        Path batch = dir.resolve("large-batch.db");
        try (Services s = Services.open(store(batch))) {
            TrustFixtures.trustSenderOf(s, packages.get(0));
            BatchImport r = s.exchange().importAll(packages, p -> null, true);
            assertThat(s.repositories().activities().countActive()).isGreaterThanOrEqualTo(10_000);
            assertThat(r.changes()).isEqualTo(r.counts().get(Outcome.NEW)).isGreaterThanOrEqualTo(10_000);
            assertThat(r.plans()).hasSize(6).allSatisfy(p -> {
                assertThat(p.entries()).isEmpty(); // every record new: counted, not kept
                assertThat(p.counts().get(Outcome.NEW)).isPositive();
            });
        }
        String[] records = {"activity", "activity_half_total", "activity_year_total",
            "activity_half_unit_total", "activity_list_total", "outreach_metric",
            "exchange_base", "exchange_conflict"};
        assertThat(StoreTestSupport.tablesDigest(batch, records)).isEqualTo(StoreTestSupport.tablesDigest(one, records));
        if (!(this instanceof vn.atr.store.EngineUnderTest.OnPostgresql)) {
            String indexes = "SELECT group_concat(name || ': ' || sql, '; ') FROM (SELECT name, sql FROM sqlite_master"
                    + " WHERE type = 'index' AND tbl_name = 'activity' ORDER BY name)";
            assertThat(StoreTestSupport.text(batch, indexes)).contains("activity_live_date")
                    .isEqualTo(StoreTestSupport.text(one, indexes));
            assertThat(StoreTestSupport.text(batch, "PRAGMA integrity_check")).isEqualTo("ok");
        }
        try (Services a = Services.open(store(one)); Services b = Services.open(store(batch))) {
            assertThat(b.summary().summary(Y2026, Optional.empty()))
                    .isEqualTo(a.summary().summary(Y2026, Optional.empty()));
        }
    }

    @Test
    void aCancelledBatchWritesNothingAndTellsEachPackage() throws Exception {
        List<Path> packages = wardPackages(3);
        Path city = dir.resolve("city.db");
        try (Services s = Services.open(store(city))) {
            s.exchange().installationId();
            TrustFixtures.trustSenderOf(s, packages.get(0));
        }
        String before = StoreTestSupport.recordsDigest(city);
        List<String> told = new ArrayList<>();
        try (Services s = Services.open(store(city))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.exchange().importAll(packages, p -> null, true,
                    (done, total, name) -> {
                        told.add(done + "/" + total + " " + name);
                        if (done == 2) {
                            throw new java.util.concurrent.CancellationException();
                        }
                    })).isInstanceOf(java.util.concurrent.CancellationException.class);
        }
        assertThat(told).containsExactly("1/3 " + packages.get(0).getFileName(), "2/3 " + packages.get(1).getFileName());
        assertThat(StoreTestSupport.recordsDigest(city)).isEqualTo(before); // no records, no refusal entry
    }

    @Test
    void aLaterPackageInTheBatchIsPlannedAgainstTheEarlierOnes() throws Exception {
        Path ward = dir.resolve("ward.db");
        Path first = dir.resolve("first.atrpkg");
        Path second = dir.resolve("second.atrpkg");
        String unit;
        Activity edited;
        try (Services s = Services.open(store(ward))) {
            s.generator().generate(new DataGenerator.Spec(1, 30, 0, 3, 2026));
            unit = s.repositories().activities().listActive().get(0).unitCode();
            s.exchange().export(unit, Y2026, first, null);
            Activity a = s.repositories().activities().listActive().stream()
                    .filter(x -> x.unitCode().equals(unit)).findFirst().orElseThrow();
            edited = s.activities().save(new Activity(a.meta(), a.unitCode(), a.typeCode(), a.startDate(),
                    a.endDate(), a.title(), a.leadOrg(), a.partnerOrgs(), a.topics(), a.targetGroup(),
                    a.participants() + 7, a.quantity(), a.notes()), "phuong");
            s.exchange().export(unit, Y2026, second, null);
        }
        Path city = dir.resolve("city.db");
        try (Services s = Services.open(store(city))) {
            TrustFixtures.trustSenderOf(s, first);
            BatchImport dry = s.exchange().importAll(List.of(first, second), p -> null, false);
            assertThat(dry.written()).isFalse();
            assertThat(dry.plans().get(1).changes()).singleElement()
                    .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.UPDATED));
            assertThat(s.repositories().activities().listActive()).isEmpty(); // the rehearsal was rolled back
            BatchImport done = s.exchange().importAll(List.of(first, second), p -> null, true);
            assertThat(done.counts()).isEqualTo(dry.counts());
            assertThat(s.repositories().activities().find(edited.meta().id()).orElseThrow().participants())
                    .isEqualTo(edited.participants());
            assertThat(s.conflicts().list()).isEmpty();
        }
    }

    /** A store into which {@code packages} were imported one at a time, each in its own transaction. */
    private Path oneByOne(String name, List<Path> packages) {
        Path one = dir.resolve(name);
        try (Services s = Services.open(store(one))) {
            TrustFixtures.trustSenderOf(s, packages.get(0));
            for (Path p : packages) {
                s.exchange().apply(s.exchange().plan(p, null));
            }
        }
        return one;
    }

    private List<Path> wardPackages(int n) {
        List<Path> packages = new ArrayList<>();
        try (Services wards = Services.open(store(dir.resolve("wards.db")))) {
            wards.generator().generate(new DataGenerator.Spec(n, n * 25, n, 5, 2026));
            for (AdminUnit u : wards.repositories().units().listByLevel(UnitLevel.COMMUNE).subList(0, n)) {
                Path p = dir.resolve(u.code() + ".atrpkg");
                wards.exchange().export(u.code(), Y2026, p, null);
                packages.add(p);
            }
        }
        return packages;
    }
}
