package vn.atr.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;

/** Export from one real store, import into another: same figures; twice changes nothing; conflicts. */
class ExchangeRoundTripTest implements vn.atr.store.EngineUnderTest {
    private static final ReportPeriod Y2023 = ReportPeriod.ofYear(2023);

    @TempDir
    Path dir;

    @Test
    void exportImportGivesEqualSummariesAndReimportChangesNothing() throws Exception {
        Path pkg = dir.resolve("hp.atrpkg");
        Summary source;
        try (Services a = Services.open(store(dir.resolve("a.db")))) {
            a.sample().loadHaiPhong2023();
            var r = a.exchange().export(null, Y2023, pkg, null);
            assertThat(r.manifest().counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(117);
            assertThat(r.manifest().sha256()).containsKey("activity.jsonl");
            source = a.summary().summary(Y2023, Optional.empty());
        }
        Path b = dir.resolve("b.db");
        try (Services s = Services.open(store(b))) {
            TrustFixtures.trustSenderOf(s, pkg);
            ImportPlan plan = s.exchange().plan(pkg, null);
            assertThat(plan.counts().get(ImportPlan.Outcome.NEW)).isEqualTo(117);
            assertThat(plan.previousImport()).isEmpty();
            s.exchange().apply(plan);
            assertThat(s.summary().summary(Y2023, Optional.empty())).isEqualTo(source);
        }
        String before = StoreTestSupport.digest(b);
        try (Services s = Services.open(store(b))) {
            ImportPlan again = s.exchange().plan(pkg, null);
            assertThat(again.previousImport()).isPresent();
            assertThat(again.counts().get(ImportPlan.Outcome.UNCHANGED)).isEqualTo(117);
            assertThat(again.changes()).isEmpty();
            s.exchange().apply(again);
            assertThat(s.summary().summary(Y2023, Optional.empty())).isEqualTo(source);
        }
        assertThat(StoreTestSupport.count(b, "SELECT count(*) FROM activity")).isEqualTo(
                StoreTestSupport.count(dir.resolve("a.db"), "SELECT count(*) FROM activity"));
        assertThat(StoreTestSupport.count(b, "SELECT count(*) FROM exchange_import")).isEqualTo(2);
        assertThat(before).isNotNull();
    }

    /**
     * The store reads only the period's (and unit's) rows for a package; what it writes is exactly what choosing
     * among every record gives (the way packages were made before): per kind, for a unit or all, a year or less.
     */
    @Test
    void aPackageHoldsExactlyTheRecordsOfItsPeriodAndUnit() throws Exception {
        try (Services s = Services.open(store(dir.resolve("a.db")))) {
            s.sample().loadHaiPhong2023();
            int n = 0;
            for (String unit : java.util.Arrays.asList(null, "305", "04")) {
                for (ReportPeriod period : java.util.List.of(Y2023, ReportPeriod.ofHalfYear(2023),
                        ReportPeriod.ofMonth(2023, 3), ReportPeriod.ofYear(2022))) {
                    var r = s.exchange().export(unit, period, dir.resolve("p" + n++ + ".atrpkg"), null);
                    java.util.Set<String> units = unit == null ? null
                            : new java.util.HashSet<>(s.repositories().units().codesWithin(unit));
                    assertThat(r.counts()).as("%s %s", unit, period).containsAllEntriesOf(
                            choosingAmongAll(ExchangeEntity.all(s.repositories()), period, units));
                }
            }
        }
    }

    private static java.util.Map<String, Long> choosingAmongAll(java.util.List<ExchangeEntity<?>> entities,
                                                                 ReportPeriod period, java.util.Set<String> unit) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        java.util.Set<String> cases = new java.util.HashSet<>();
        for (ExchangeEntity<?> e : entities) {
            counts.put(e.name(), chosen(e, period, unit, cases));
        }
        return counts;
    }

    private static <T> long chosen(ExchangeEntity<T> e, ReportPeriod period, java.util.Set<String> unit,
                                   java.util.Set<String> cases) {
        long n = 0;
        for (T r : e.repo().listAll()) {
            boolean chosen = r instanceof vn.atr.domain.Victim v ? cases.contains(v.caseId()) : e.selects(period, unit).test(r);
            if (chosen && r instanceof vn.atr.domain.TraffickingCase c) {
                cases.add(c.meta().id());
            }
            n += chosen ? 1 : 0;
        }
        return n;
    }

    /**
     * Onward, as a province sends its package to the national store: the city exports its own unit, which brings its
     * wards' records; the higher store, which enrolled the city's key for that unit only, takes all of them.
     */
    @Test
    void aCitysPackageOfItsOwnUnitCarriesItsWardsRecordsOnward() throws Exception {
        Path pkg = dir.resolve("thanhpho.atrpkg");
        Path key = dir.resolve("thanhpho.key");
        Summary city;
        try (Services s = Services.open(store(dir.resolve("city.db")))) {
            s.sample().loadHaiPhong2023();
            var r = s.exchange().export("04", Y2023, pkg, null);
            assertThat(r.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(117);
            assertThat(r.manifest().sourceUnit()).isEqualTo("04");
            s.exchange().trust().exportKey(key);
            city = s.summary().summary(Y2023, Optional.empty());
        }
        try (Services national = Services.open(store(dir.resolve("national.db")))) {
            national.exchange().trust().add(key, "04");
            ImportPlan plan = national.exchange().plan(pkg, null);
            assertThat(plan.counts().get(ImportPlan.Outcome.NEW)).isEqualTo(117);
            national.exchange().apply(plan);
            assertThat(national.summary().summary(Y2023, Optional.empty())).isEqualTo(city);
        }
    }

    @Test
    void recordEditedOnBothSidesIsAConflictResolvedBothWays() {
        Path toCity = dir.resolve("1.atrpkg");
        Path back = dir.resolve("2.atrpkg");
        try (Services ward = Services.open(store(dir.resolve("ward.db"))); Services city = Services.open(store(dir.resolve("city.db")))) {
            ward.sample().loadHaiPhong2023();
            ward.exchange().export(null, Y2023, toCity, null);
            TrustFixtures.trustSenderOf(city, toCity);
            city.exchange().apply(city.exchange().plan(toCity, null));

            Activity w = ward.repositories().activities().listActive().get(0);
            Activity c = city.repositories().activities().find(w.meta().id()).orElseThrow();
            ward.repositories().activities().update(withTitle(w, "Sửa ở phường"), "ward");
            Activity c2 = city.repositories().activities().update(withTitle(c, "Sửa ở thành phố"), "city");
            ward.exchange().export(null, Y2023, back, null);

            ImportPlan plan = city.exchange().plan(back, null);
            assertThat(plan.conflicts()).hasSize(1);
            assertThat(plan.conflicts().get(0).differences()).anySatisfy(d -> {
                assertThat(d.field()).isEqualTo("title");
                assertThat(d.ours()).isEqualTo("Sửa ở thành phố");
                assertThat(d.theirs()).isEqualTo("Sửa ở phường");
            });
            city.exchange().apply(plan);
            assertThat(city.repositories().activities().find(w.meta().id()).orElseThrow().title())
                    .isEqualTo("Sửa ở thành phố"); // never silently decided
            var open = city.conflicts().list();
            assertThat(open).hasSize(1);
            city.conflicts().resolve(open.get(0).id(), true);
            Activity taken = city.repositories().activities().find(w.meta().id()).orElseThrow();
            assertThat(taken.title()).isEqualTo("Sửa ở phường");
            assertThat(taken.meta().version()).isGreaterThan(c2.meta().version());
            assertThat(city.conflicts().list()).isEmpty();

            // The other way: a second conflict, kept ours.
            Activity w2 = ward.repositories().activities().find(w.meta().id()).orElseThrow();
            ward.repositories().activities().update(withTitle(w2, "Phường sửa lần hai"), "ward");
            Activity c3 = city.repositories().activities().find(w.meta().id()).orElseThrow();
            city.repositories().activities().update(withTitle(c3, "Thành phố giữ"), "city");
            ward.exchange().export(null, Y2023, back, null);
            city.exchange().apply(city.exchange().plan(back, null));
            var second = city.conflicts().list();
            assertThat(second).hasSize(1);
            city.conflicts().resolve(second.get(0).id(), false);
            assertThat(city.repositories().activities().find(w.meta().id()).orElseThrow().title())
                    .isEqualTo("Thành phố giữ");
            assertThat(city.conflicts().list()).isEmpty();
        }
    }

    /**
     * Settling a conflict is not the end of the exchange: after "take theirs" the ward's next edits are updates
     * (they were conflicts again at every package), and what the city then holds goes on above its own versions.
     */
    @Test
    void afterTakingTheSendersRecordItsNextEditsAreUpdates() {
        Path pkg = dir.resolve("w.atrpkg");
        try (Services ward = Services.open(store(dir.resolve("ward.db"))); Services city = Services.open(store(dir.resolve("city.db")))) {
            String id = sentOnce(ward, city, pkg);

            editTitle(ward, id, "Phường sửa", "ward");
            editTitle(city, id, "Thành phố sửa", "city");
            ward.exchange().export(null, Y2023, pkg, null);
            city.exchange().apply(city.exchange().plan(pkg, null));
            city.conflicts().resolve(city.conflicts().list().get(0).id(), true);
            long settled = city.repositories().activities().find(id).orElseThrow().meta().version();

            for (String title : java.util.List.of("Phường sửa lần hai", "Phường sửa lần ba")) {
                editTitle(ward, id, title, "ward");
                ward.exchange().export(null, Y2023, pkg, null);
                ImportPlan plan = city.exchange().plan(pkg, null);
                assertThat(plan.conflicts()).as(title).isEmpty();
                assertThat(plan.counts().get(ImportPlan.Outcome.UPDATED)).as(title).isEqualTo(1);
                assertThat(plan.afterWriting().entries()).as("a written batch keeps how people know the record")
                        .singleElement().satisfies(e -> assertThat(ImportPlan.recordLabel(e))
                                .contains(title).doesNotContain(id));
                city.exchange().apply(plan);
                Activity now = city.repositories().activities().find(id).orElseThrow();
                assertThat(now.title()).isEqualTo(title);
                assertThat(now.meta().version()).as("above the settled version").isGreaterThan(settled);
                settled = now.meta().version();
            }
            // the package sent again, unchanged: nothing to do; the city then edits, the ward too: a conflict again
            city.exchange().apply(city.exchange().plan(pkg, null));
            assertThat(city.conflicts().list()).isEmpty();
            editTitle(city, id, "Thành phố sửa lần hai", "city");
            editTitle(ward, id, "Phường sửa lần bốn", "ward");
            ward.exchange().export(null, Y2023, pkg, null);
            assertThat(city.exchange().plan(pkg, null).conflicts()).hasSize(1);
        }
    }

    /** An older package imported again (or first in a batch) leaves the ward's next edit an update, not a conflict. */
    @Test
    void anOlderPackageImportedAgainLeavesTheNextEditAnUpdate() {
        Path first = dir.resolve("1.atrpkg");
        Path second = dir.resolve("2.atrpkg");
        Path third = dir.resolve("3.atrpkg");
        try (Services ward = Services.open(store(dir.resolve("ward.db"))); Services city = Services.open(store(dir.resolve("city.db")))) {
            String id = sentOnce(ward, city, first);
            editTitle(ward, id, "Sửa lần một", "ward");
            ward.exchange().export(null, Y2023, second, null);
            city.exchange().apply(city.exchange().plan(second, null));

            ImportPlan again = city.exchange().plan(first, null);
            assertThat(again.counts().get(ImportPlan.Outcome.OLDER)).isEqualTo(1);
            city.exchange().apply(again);
            editTitle(ward, id, "Sửa lần hai", "ward");
            ward.exchange().export(null, Y2023, third, null);
            ImportPlan next = city.exchange().plan(third, null);
            assertThat(next.conflicts()).isEmpty();
            assertThat(next.counts().get(ImportPlan.Outcome.UPDATED)).isEqualTo(1);
            city.exchange().apply(next);
            assertThat(city.repositories().activities().find(id).orElseThrow().title()).isEqualTo("Sửa lần hai");
        }
    }

    /**
     * A package that brings nothing new for a record never replaces an edit made here: the ward reached the city's
     * content by edits of its own (under higher versions), then the city edited again.
     */
    @Test
    void aPackageWithNothingNewForARecordLeavesTheEditMadeHere() {
        Path pkg = dir.resolve("w.atrpkg");
        try (Services ward = Services.open(store(dir.resolve("ward.db"))); Services city = Services.open(store(dir.resolve("city.db")))) {
            String id = sentOnce(ward, city, pkg);
            editTitle(city, id, "Đã kiểm tra", "city");
            for (String title : java.util.List.of("Sửa một", "Sửa hai", "Đã kiểm tra")) {
                editTitle(ward, id, title, "ward");
            }
            ward.exchange().export(null, Y2023, pkg, null);
            assertThat(city.exchange().plan(pkg, null).counts().get(ImportPlan.Outcome.UNCHANGED)).isPositive();
            city.exchange().apply(city.exchange().plan(pkg, null));

            editTitle(city, id, "Thành phố chốt số liệu", "city");
            ward.exchange().export(null, Y2023, pkg, null);
            ImportPlan plan = city.exchange().plan(pkg, null);
            assertThat(plan.conflicts()).isEmpty();
            assertThat(plan.entries()).filteredOn(e -> e.recordId().equals(id)).singleElement()
                    .extracting(ImportPlan.Entry::outcome).isEqualTo(ImportPlan.Outcome.OLDER);
            city.exchange().apply(plan);
            assertThat(city.repositories().activities().find(id).orElseThrow().title()).isEqualTo("Thành phố chốt số liệu");
        }
    }

    /** One open conflict per record: a package conflicting again replaces it, one agreeing with us closes it. */
    @Test
    void aRecordsOpenConflictIsReplacedByANewerOneAndClosedByAPackageThatAgrees() {
        Path pkg = dir.resolve("w.atrpkg");
        try (Services ward = Services.open(store(dir.resolve("ward.db"))); Services city = Services.open(store(dir.resolve("city.db")))) {
            String id = sentOnce(ward, city, pkg);
            editTitle(city, id, "Thành phố sửa", "city");
            editTitle(ward, id, "Phường sửa", "ward");
            Path older = dir.resolve("older.atrpkg");
            ward.exchange().export(null, Y2023, older, null);
            city.exchange().apply(city.exchange().plan(older, null));
            long first = city.conflicts().list().get(0).id();
            city.exchange().apply(city.exchange().plan(older, null)); // the same package again
            assertThat(city.conflicts().list()).as("the same conflict, under its number").singleElement()
                    .extracting(c -> c.id()).isEqualTo(first);
            editTitle(ward, id, "Phường sửa lần hai", "ward");
            ward.exchange().export(null, Y2023, pkg, null);
            city.exchange().apply(city.exchange().plan(pkg, null));
            city.exchange().apply(city.exchange().plan(older, null)); // the older package read late
            var open = city.conflicts().list();
            assertThat(open).as("the newest only, not replaced by the older package").singleElement()
                    .satisfies(c -> assertThat(c.differences()).anySatisfy(d -> assertThat(d.theirs())
                            .isEqualTo("Phường sửa lần hai")));
            editTitle(city, id, "Thành phố sửa lần hai", "city"); // the list shows our record as it is now
            assertThat(city.conflicts().list()).singleElement().extracting(c -> c.ourVersion())
                    .isEqualTo(city.repositories().activities().find(id).orElseThrow().meta().version());
            editTitle(city, id, "Thành phố sửa", "city");

            editTitle(ward, id, "Thành phố sửa", "ward"); // told by phone, the ward takes the city's text
            ward.exchange().export(null, Y2023, pkg, null);
            city.exchange().apply(city.exchange().plan(pkg, null));
            assertThat(city.conflicts().list()).as("agreed: nothing left to settle").isEmpty();
            assertThat(city.repositories().activities().find(id).orElseThrow().title()).isEqualTo("Thành phố sửa");
        }
    }

    /** A record deleted on both sides is no conflict: nothing is left to decide; the conflict's versions are today's. */
    @Test
    void aRecordDeletedOnBothSidesIsNoConflict() {
        Path pkg = dir.resolve("w.atrpkg");
        try (Services ward = Services.open(store(dir.resolve("ward.db"))); Services city = Services.open(store(dir.resolve("city.db")))) {
            String id = sentOnce(ward, city, pkg);
            editTitle(city, id, "Thành phố sửa trước khi xóa", "city");
            city.repositories().activities().softDelete(id, "city");
            ward.repositories().activities().softDelete(id, "ward");
            ward.exchange().export(null, Y2023, pkg, null);
            ImportPlan plan = city.exchange().plan(pkg, null);
            assertThat(plan.conflicts()).isEmpty();
            city.exchange().apply(plan);
            assertThat(city.conflicts().list()).isEmpty();
            assertThat(city.repositories().activities().find(id).orElseThrow().meta().deleted()).isTrue();
        }
    }

    /** The sample at the ward, sent once to the city (its key trusted there): the id of an activity both hold. */
    private static String sentOnce(Services ward, Services city, Path pkg) {
        ward.sample().loadHaiPhong2023();
        ward.exchange().export(null, Y2023, pkg, null);
        TrustFixtures.trustSenderOf(city, pkg);
        city.exchange().apply(city.exchange().plan(pkg, null));
        return ward.repositories().activities().listActive().get(0).meta().id();
    }

    private static void editTitle(Services s, String id, String title, String who) {
        Activity a = s.repositories().activities().find(id).orElseThrow();
        s.repositories().activities().update(withTitle(a, title), who);
    }

    @Test
    void aCaseTypedAgainWithAnotherIdIsFlaggedAsALikelyDuplicate() {
        try (Services s = Services.open(store(dir.resolve("d.db")))) {
            s.sample().loadHaiPhong2023();
            var existing = s.repositories().cases().listActive().get(0);
            var again = existing.withMeta(vn.atr.domain.Meta.fresh("staff"));
            assertThat(s.exchange().likelyDuplicates(again)).singleElement().asString()
                    .contains(existing.caseCode(), "phát hiện ngày " + vn.atr.domain.VnFormats.date(existing.detectionDate()))
                    .as("named as people know it, not by its id").doesNotContain(existing.meta().id());
            assertThat(s.exchange().likelyDuplicates(existing)).isEmpty();
        }
    }

    static Activity withTitle(Activity a, String title) {
        return new Activity(a.meta(), a.unitCode(), a.typeCode(), a.startDate(), a.endDate(), title, a.leadOrg(),
                a.partnerOrgs(), a.topics(), a.targetGroup(), a.participants(), a.quantity(), a.notes());
    }
}
