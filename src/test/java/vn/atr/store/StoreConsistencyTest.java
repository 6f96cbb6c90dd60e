package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityType;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.SupportService;
import vn.atr.domain.SupportType;
import vn.atr.domain.Topic;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Victim;

/**
 * Invariants of the store beyond single round trips: the connection's pragmas, the version rule
 * for every record repository, and the trigger-kept daily totals against the raw rows after a
 * mixed history of inserts, corrections, moves, deletions and a rolled-back transaction.
 */
class StoreConsistencyTest {
    private static final List<String> UNITS = List.of("303", "304", "305", "306");
    private static final List<String> TYPES = List.of(ActivityType.OUTREACH_SESSION, ActivityType.TRAINING,
            ActivityType.LEAFLET, ActivityType.BANNER);

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("atr.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String pragma(String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    @Test
    void theStoresConnectionHasItsPragmasInForce() {
        assertThat(pragma("foreign_keys")).isEqualTo("1");
        assertThat(pragma("journal_mode")).isEqualTo("wal");
        assertThat(pragma("synchronous")).as("FULL for user edits").isEqualTo("2");
        assertThat(pragma("secure_delete")).isEqualTo("1");
        assertThat(pragma("integrity_check")).isEqualTo("ok");
    }

    /** A real store whose pages are damaged (not random bytes) is refused on open and not written to. */
    @Test
    void aStoreWithDamagedPagesIsRefusedAndKeptAsItWas() throws Exception {
        ActivityRepository repo = new ActivityRepository(db);
        Random random = new Random(5);
        for (int i = 0; i < 300; i++) {
            repo.insert(randomActivity(random, Meta.fresh("an")), "an");
        }
        db.checkpoint();
        db.close();
        Path file = dir.resolve("atr.db");
        byte[] bytes = Files.readAllBytes(file);
        int pageSize = 4096;
        for (int page = 2; page < bytes.length / pageSize; page += 3) { // b-tree page headers of many pages
            Arrays.fill(bytes, page * pageSize, page * pageSize + 12, (byte) 0x7f);
        }
        Files.write(file, bytes);
        Files.deleteIfExists(dir.resolve("atr.db-wal"));
        Files.deleteIfExists(dir.resolve("atr.db-shm"));

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        db = Database.open(dir.resolve("other.db")); // for close()
    }

    /** A batch is one transaction: a record that breaks a foreign key after a full batch leaves nothing behind. */
    @Test
    void aBatchFailingPartWayStoresNothing() throws Exception {
        ActivityRepository repo = new ActivityRepository(db);
        Random random = new Random(9);
        List<Activity> batch = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            batch.add(randomActivity(random, Meta.fresh("an")));
        }
        Activity orphan = batch.get(1200);
        batch.set(1200, new Activity(orphan.meta(), "99999", orphan.typeCode(), orphan.startDate(), null,
                orphan.title(), null, List.of(), Set.of(), null, 1, 0, null));
        String before = StoreTestSupport.digest(dir.resolve("atr.db"));
        assertThatThrownBy(() -> repo.insertAll(batch, "an")).isInstanceOf(StoreException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(StoreTestSupport.digest(dir.resolve("atr.db"))).isEqualTo(before);

        batch.set(1200, orphan);
        repo.insertAll(batch, "an");
        assertThat(repo.countActive()).isEqualTo(1500);
        assertThat(rows("SELECT sum(records), sum(participants) FROM activity_half_total"))
                .containsOnlyKeys("1500|" + batch.stream().mapToLong(Activity::participants).sum());
    }

    /** Every record repository: update gives version n+1, a stale copy is refused, deletion is a new version. */
    @Test
    void everyRecordRepositoryVersionsItsChangesAndRefusesStaleCopies() {
        TraffickingCase c = RepositoryRoundTripTest.trafficCase();
        TraffickingCase storedCase = checkVersions(new CaseRepository(db), c, TraffickingCase::meta,
                r -> r.withMeta(Meta.fresh("an")));
        Victim v = RepositoryRoundTripTest.victim(storedCase.meta().id());
        Victim storedVictim = checkVersions(new VictimRepository(db), v, Victim::meta,
                r -> r.withMeta(Meta.fresh("an")));
        checkVersions(new SupportServiceRepository(db), new SupportService(Meta.fresh("an"), "305",
                storedVictim.meta().id(), SupportType.LEGAL_AID, LocalDate.of(2023, 6, 1), "Trợ giúp pháp lý", 0, null),
                SupportService::meta, r -> r.withMeta(Meta.fresh("an")));
        checkVersions(new OutreachMetricRepository(db), new OutreachMetric(Meta.fresh("an"), "04",
                OutreachMetric.WEBSITE_VISITS, LocalDate.of(2022, 12, 15), LocalDate.of(2023, 12, 14), 10, null),
                OutreachMetric::meta, r -> r.withMeta(Meta.fresh("an")));
        checkVersions(new ActivityRepository(db), RepositoryRoundTripTest.activity(12), Activity::meta,
                r -> r.withMeta(Meta.fresh("an")));
    }

    private <T> T checkVersions(RecordRepository<T> repo, T record, Function<T, Meta> meta,
            UnaryOperator<T> fresh) {
        T v1 = repo.insert(record, "an");
        record = fresh.apply(record);
        String id = meta.apply(v1).id();
        assertThat(meta.apply(v1).version()).as(repo.table()).isEqualTo(1);
        T v2 = repo.update(v1, "binh");
        assertThat(meta.apply(v2).version()).as(repo.table()).isEqualTo(2);
        assertThat(meta.apply(repo.find(id).orElseThrow()).updatedBy()).isEqualTo("binh");
        assertThatThrownBy(() -> repo.update(v1, "chi")).as(repo.table()).isInstanceOf(ValidationException.class)
                .hasMessageContaining(id);
        assertThat(meta.apply(repo.find(id).orElseThrow()).version()).isEqualTo(2);
        T v3 = repo.update(v2, "binh");
        assertThat(meta.apply(v3).version()).isEqualTo(3);
        // Keep a live copy for the caller (children refer to it), then check deletion on a throwaway one.
        T other = repo.insert(record, "an");
        T deleted = repo.softDelete(meta.apply(other).id(), "binh");
        assertThat(meta.apply(deleted).deleted()).isTrue();
        assertThat(meta.apply(deleted).version()).isEqualTo(2);
        assertThat(repo.listActive()).extracting(r -> meta.apply(r).id()).contains(id)
                .doesNotContain(meta.apply(other).id());
        return v3;
    }

    @Test
    void dailyTotalsEqualTheRawRowsAfterAMixedHistory() {
        ActivityRepository repo = new ActivityRepository(db);
        Random random = new Random(42);
        List<Activity> live = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            live.add(repo.insert(randomActivity(random, Meta.fresh("an")), "an"));
        }
        for (int i = 0; i < 80; i++) { // corrections that may move a record to another day, unit or type
            int k = random.nextInt(live.size());
            live.set(k, repo.update(randomActivity(random, live.get(k).meta()), "binh"));
        }
        for (int i = 0; i < 40; i++) {
            Activity gone = live.remove(random.nextInt(live.size()));
            repo.softDelete(gone.meta().id(), "binh");
        }
        // A transaction that fails after writing leaves the totals as they were.
        assertThatThrownBy(() -> db.runInTransaction(() -> {
            repo.insert(randomActivity(random, Meta.fresh("an")), "an");
            repo.update(randomActivity(random, live.get(0).meta()), "an");
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(rows("SELECT count(*), sum(participants) FROM activity WHERE deleted = 0"))
                .containsOnlyKeys("110|" + live.stream().mapToLong(Activity::participants).sum());
        assertEveryTotalEqualsTheRows(db);
    }

    /** A merge writes records as given (new, moved to another day, unit or type, deleted, an id twice): totals follow. */
    @Test
    void dailyTotalsFollowRecordsWrittenAsGiven() {
        mergeAndCompareTotals(false);
    }

    /** The same merge with its new records known absent (plain inserts, nothing read back): the same totals. */
    @Test
    void dailyTotalsFollowNewRecordsInsertedAsGiven() {
        mergeAndCompareTotals(true);
    }

    private void mergeAndCompareTotals(boolean claimNew) {
        ActivityRepository repo = new ActivityRepository(db);
        Random random = new Random(7);
        List<Activity> stored = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            stored.add(randomActivity(random, Meta.fresh("an")));
        }
        repo.insertAll(stored, "an");
        stored = repo.listActive();
        List<Activity> merged = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            merged.add(randomActivity(random, new Meta(Meta.fresh("xa").id(), java.time.Instant.now(),
                    java.time.Instant.now(), "xa", 1, false)));
        }
        for (int i = 0; i < 40; i++) { // their newer versions: moved or changed
            Meta m = stored.get(i).meta();
            merged.add(randomActivity(random, new Meta(m.id(), m.createdAt(), m.updatedAt(), "xa", m.version() + 1,
                    false)));
        }
        for (int i = 40; i < 60; i++) { // deleted there
            Activity a = stored.get(i);
            Meta m = a.meta();
            merged.add(a.withMeta(new Meta(m.id(), m.createdAt(), m.updatedAt(), "xa", m.version() + 1, true)));
        }
        Activity twice = merged.get(0);
        merged.add(randomActivity(random, new Meta(twice.meta().id(), twice.meta().createdAt(),
                twice.meta().updatedAt(), "xa", 2, false)));
        // A new id given twice in one write: upserted all the same when claimed absent, its last version kept.
        Activity second = merged.get(1);
        merged.add(2, randomActivity(random, new Meta(second.meta().id(), second.meta().createdAt(),
                second.meta().updatedAt(), "xa", 2, false)));
        Set<String> fresh = new java.util.HashSet<>(merged.subList(0, 61).stream().map(a -> a.meta().id()).toList());
        db.runInTransaction(() -> {
            repo.upsertAsGiven(merged.subList(0, 70), "binh", a -> claimNew && fresh.contains(a.meta().id()));
            // The next package, same transaction: its copy of an id just written is no longer new.
            repo.upsertAsGiven(merged.subList(70, merged.size()), "binh",
                    a -> claimNew && fresh.contains(a.meta().id()) && !a.meta().id().equals(twice.meta().id()));
        });

        assertThat(repo.countActive()).isEqualTo(120 + 60 - 20);
        assertThat(repo.find(second.meta().id()).orElseThrow().meta().version()).isEqualTo(2);
        assertTotalsEqualTheRows(db);
    }

    /** Every totals table, rows that count for something, equals the live activities grouped (either engine). */
    static void assertTotalsEqualTheRows(Database db) {
        assertEveryTotalEqualsTheRows(db);
    }

    /** A record claimed absent that is stored after all fails the write and its transaction: nothing replaced unseen. */
    @Test
    void aStoredRecordClaimedAbsentFailsTheWrite() {
        ActivityRepository repo = new ActivityRepository(db);
        Random random = new Random(5);
        Activity stored = randomActivity(random, Meta.fresh("an"));
        repo.insertAll(List.of(stored), "an");
        Activity kept = repo.listActive().get(0);
        Meta m = kept.meta();
        Activity theirs = randomActivity(random, new Meta(m.id(), m.createdAt(), m.updatedAt(), "xa", 2, false));
        Activity other = randomActivity(random, new Meta(Meta.fresh("xa").id(), m.createdAt(), m.updatedAt(), "xa", 1,
                false));
        TreeMap<String, List<String>> totals = rows("SELECT day, unit_code, type_code, records FROM activity_half_total");
        assertThatThrownBy(() -> db.runInTransaction(() -> repo.upsertAsGiven(List.of(other, theirs), "binh",
                a -> true))).isInstanceOf(StoreException.class);
        assertThat(repo.listActive()).containsExactly(kept);
        assertThat(rows("SELECT day, unit_code, type_code, records FROM activity_half_total")).isEqualTo(totals);
    }

    /**
     * A large batch sets the activity indexes aside and builds the very same ones before its commit; a failed one
     * rolls them back with its rows; a batch small against the table, or outside a transaction, keeps them.
     */
    @Test
    void aLargeBatchRebuildsTheSameIndexesAndAFailedOneKeepsThem() {
        ActivityRepository repo = new ActivityRepository(db);
        Random random = new Random(3);
        TreeMap<String, List<String>> indexes = rows(INDEXES);
        assertThat(String.join(" ", indexes.keySet())).contains("activity_live_date", "activity_unit_date");
        List<Activity> batch = new ArrayList<>();
        for (int i = 0; i < 24_000; i++) {
            batch.add(randomActivity(random, Meta.fresh("an")));
        }
        assertThatThrownBy(() -> repo.bulkIndexes().expect(batch.size())).isInstanceOf(IllegalStateException.class);
        db.runInTransaction(() -> {
            repo.bulkIndexes().expect(BulkIndexes.MIN_ROWS - 1); // an everyday merge, even into an empty table: kept
            assertThat(rows(INDEXES)).isEqualTo(indexes);
        });
        assertThatThrownBy(() -> db.runInTransaction(() -> {
            repo.bulkIndexes().expect(batch.size());
            assertThat(rows(INDEXES)).isEmpty(); // set aside inside the transaction
            repo.insertAll(batch.subList(0, 100), "an");
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(rows(INDEXES)).isEqualTo(indexes);
        assertThat(repo.countActive()).isZero();

        db.runInTransaction(() -> {
            BulkIndexes set = repo.bulkIndexes();
            set.expect(batch.size());
            assertThat(rows(INDEXES)).isEmpty();
            repo.insertAll(batch, "an");
            set.restore();
        });
        assertThat(rows(INDEXES)).isEqualTo(indexes);
        assertThat(rows("PRAGMA integrity_check")).containsOnlyKeys("ok");
        // The list's date order reads the index again: the same rows as the table holds.
        assertThat(rows("SELECT count(*) FROM activity INDEXED BY activity_live_date WHERE deleted = 0"
                + " AND start_date >= '2022-01-01'")).containsOnlyKeys("24000");

        db.runInTransaction(() -> {
            BulkIndexes set = repo.bulkIndexes();
            set.expect(10_000); // fewer than half the stored rows: kept
            assertThat(rows(INDEXES)).isEqualTo(indexes);
            set.restore();
        });

        // A batch whose size shows as it is read (a workbook): kept until it has brought as many rows as the
        // table held before it (24,000), then set aside; the rows written before and after are all indexed again.
        db.runInTransaction(() -> {
            BulkIndexes set = repo.bulkIndexes();
            for (int brought = 1_000; brought <= 30_000; brought += 1_000) {
                set.expectGrowing(brought);
                assertThat(rows(INDEXES)).as("after %d rows", brought).isEqualTo(brought < 24_000 ? indexes : Map.of());
                List<Activity> part = new ArrayList<>();
                for (int i = 0; i < 1_000; i++) {
                    part.add(randomActivity(random, Meta.fresh("an")));
                }
                repo.insertAll(part, "an");
            }
            set.restore();
        });
        assertThat(rows(INDEXES)).isEqualTo(indexes);
        assertThat(rows("PRAGMA integrity_check")).containsOnlyKeys("ok");
        assertThat(rows("SELECT count(*) FROM activity INDEXED BY activity_live_date WHERE deleted = 0"
                + " AND start_date >= '2022-01-01'")).containsOnlyKeys("54000");
    }

    private static final String INDEXES = "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
            + " AND tbl_name = 'activity' AND sql IS NOT NULL";

    /** A period's totals (whole report years and half-months from their totals, the ends from the day totals) equal its rows. */
    @Test
    void periodTotalsEqualTheRawRowsForWholeAndPartialMonths() {
        ActivityRepository repo = new ActivityRepository(db);
        Random random = new Random(11);
        List<Activity> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Activity a = randomActivity(random, Meta.fresh("an"));
            rows.add(new Activity(a.meta(), a.unitCode(), a.typeCode(), LocalDate.of(2022, 11, 1)
                    .plusDays(random.nextInt(500)), null, a.title(), a.leadOrg(), a.partnerOrgs(), a.topics(), null,
                    a.participants(), a.quantity(), null));
        }
        repo.insertAll(rows, "an");
        for (ReportPeriod p : List.of(ReportPeriod.ofYear(2023), new ReportPeriod(LocalDate.of(2023, 1, 15),
                LocalDate.of(2023, 7, 9)), new ReportPeriod(LocalDate.of(2023, 3, 2), LocalDate.of(2023, 3, 30)),
                new ReportPeriod(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 4, 30)),
                new ReportPeriod(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1)), ReportPeriod.ofHalfYear(2023),
                ReportPeriod.ofQuarter(2023, 2), ReportPeriod.ofMonth(2023, 3),
                new ReportPeriod(LocalDate.of(2022, 12, 15), LocalDate.of(2024, 2, 20)))) {
            assertThat(rows("SELECT type_code, unit_code, '', sum(records), sum(participants), sum(quantity) FROM "
                    + DayTotals.of(p, db.dialect()) + " t WHERE day BETWEEN '" + p.from() + "' AND '" + p.to() + "'"
                    + " GROUP BY type_code, unit_code HAVING sum(records) > 0")).as(p.toString())
                    .isEqualTo(rows("SELECT type_code, unit_code, '', count(*), sum(participants), sum(quantity)"
                            + " FROM activity WHERE deleted = 0 AND start_date BETWEEN '" + p.from() + "' AND '"
                            + p.to() + "' GROUP BY type_code, unit_code"));
            for (String column : DayTotals.LIST_COLUMNS) {
                assertThat(rows("SELECT list_value, unit_code, '', sum(records) FROM " + DayTotals.listValues(p, column, db.dialect())
                        + " x WHERE day BETWEEN '" + p.from() + "' AND '" + p.to() + "'"
                        + " GROUP BY list_value, unit_code HAVING sum(records) > 0")).as(p + " " + column)
                        .isEqualTo(rows("SELECT " + column + ", unit_code, '', count(*) FROM activity WHERE deleted = 0"
                                + " AND start_date BETWEEN '" + p.from() + "' AND '" + p.to() + "' AND coalesce("
                                + column + ", '') <> '' GROUP BY " + column + ", unit_code"));
            }
        }
    }

    /**
     * The half-month, report-year and list totals against the live rows they stand for (the day totals are
     * compared where the history is made): the bucket of each row computed here in Java, not by the store.
     */
    private static void assertEveryTotalEqualsTheRows(Database db) {
        TreeMap<String, long[]> halves = new TreeMap<>();
        TreeMap<String, long[]> years = new TreeMap<>();
        TreeMap<String, long[]> lists = new TreeMap<>();
        TreeMap<String, long[]> halfUnits = new TreeMap<>();
        for (Activity a : new ActivityRepository(db).listActive()) {
            LocalDate d = a.startDate();
            LocalDate half = d.withDayOfMonth(d.getDayOfMonth() < 15 ? 1 : 15);
            LocalDate year = LocalDate.of(d.getMonthValue() == 12 && d.getDayOfMonth() >= 15 ? d.getYear()
                    : d.getYear() - 1, 12, 15);
            String key = "|" + a.unitCode() + "|" + a.typeCode();
            for (var t : List.of(java.util.Map.entry(half + key, halves), java.util.Map.entry(year + key, years))) {
                long[] sum = t.getValue().computeIfAbsent(t.getKey(), k -> new long[3]);
                sum[0]++;
                sum[1] += a.participants();
                sum[2] += a.quantity();
            }
            long[] month = halfUnits.computeIfAbsent(half + "|" + a.unitCode(), k -> new long[3]);
            month[0]++;
            month[1] += a.participants();
            month[2] += List.of(ActivityType.TRAINING, ActivityType.OUTREACH_SESSION, ActivityType.CONFERENCE)
                    .contains(a.typeCode()) ? 1 : 0;
            List<String> topics = a.topics().stream().map(Enum::name).sorted().toList();
            for (String[] value : List.of(new String[] {"partner_orgs", String.join(";", a.partnerOrgs())},
                    new String[] {"topics", String.join(";", topics)},
                    new String[] {"target_group", a.targetGroup() == null ? "" : a.targetGroup()})) {
                if (!value[1].isEmpty()) {
                    lists.computeIfAbsent("H|" + half + "|" + a.unitCode() + "|" + value[0] + "|" + value[1],
                            k -> new long[1])[0]++;
                    lists.computeIfAbsent("Y|" + year + "|" + a.unitCode() + "|" + value[0] + "|" + value[1],
                            k -> new long[1])[0]++;
                }
            }
        }
        assertThat(lines(db, "SELECT day, unit_code, type_code, records, participants, quantity FROM activity_half_total"
                + " WHERE records <> 0 OR participants <> 0 OR quantity <> 0")).as("half-months")
                .isEqualTo(lines(halves));
        assertThat(lines(db, "SELECT day, unit_code, type_code, records, participants, quantity FROM activity_year_total"
                + " WHERE records <> 0 OR participants <> 0 OR quantity <> 0")).as("report years")
                .isEqualTo(lines(years));
        assertThat(lines(db, "SELECT day, unit_code, records, participants, sessions FROM activity_half_unit_total"
                + " WHERE records <> 0 OR participants <> 0 OR sessions <> 0")).as("half-months per unit")
                .isEqualTo(lines(halfUnits));
        assertThat(lines(db, "SELECT grain, day, unit_code, list_column, list_value, records FROM activity_list_total"
                + " WHERE records <> 0")).as("list values").isEqualTo(lines(lists));
        assertThat(lists).as("the history names list values").isNotEmpty();
    }

    private static List<String> lines(TreeMap<String, long[]> sums) {
        return sums.entrySet().stream().map(e -> e.getKey() + "|" + String.join("|",
                Arrays.stream(e.getValue()).mapToObj(Long::toString).toList())).sorted().toList();
    }

    /** A query's rows as text lines, sorted. */
    private static List<String> lines(Database db, String sql) {
        return table(db, sql).stream().map(row -> String.join("|", row)).sorted().toList();
    }

    /** The rows of a query, keyed by their text, so that two queries compare as sets. */
    private TreeMap<String, List<String>> rows(String sql) {
        return rows(db, sql);
    }

    private static TreeMap<String, List<String>> rows(Database db, String sql) {
        TreeMap<String, List<String>> out = new TreeMap<>();
        for (List<String> row : table(db, sql)) {
            int n = row.size();
            out.put(String.join("|", row.subList(0, Math.min(3, n))), row.subList(Math.min(3, n), n));
        }
        return out;
    }

    /** A query's rows, each as its columns' text. */
    private static List<List<String>> table(Database db, String sql) {
        return db.read(c -> {
            List<List<String>> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }

    private static final List<List<String>> PARTNERS = List.of(List.of(), List.of("SLDTBXH"), List.of("SYT", "CATP"));
    private static final List<String> GROUPS = Arrays.asList(null, "Học sinh", "Phụ nữ; thanh niên");

    private static Activity randomActivity(Random random, Meta meta) {
        LocalDate day = LocalDate.of(2022, 12, 10).plusDays(random.nextInt(30)); // across 15/12 and a month's 15th
        Set<Topic> topics = random.nextBoolean() ? EnumSet.of(Topic.DRUGS) : EnumSet.of(Topic.DRUGS, Topic.PROSTITUTION);
        return new Activity(meta, UNITS.get(random.nextInt(UNITS.size())), TYPES.get(random.nextInt(TYPES.size())),
                day, null, "Hoạt động", "SLDTBXH", PARTNERS.get(random.nextInt(PARTNERS.size())), topics,
                GROUPS.get(random.nextInt(GROUPS.size())), random.nextInt(300), random.nextInt(50), null);
    }
}
