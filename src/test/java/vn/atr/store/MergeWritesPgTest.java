package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityType;
import vn.atr.domain.Meta;
import vn.atr.domain.Topic;

/**
 * A merge's writes on PostgreSQL (ADR 0160): records upserted as arrays (an id twice, numbers, NULLs, a deleted
 * row brought back), the totals' read of the rows replaced, the records and base versions looked up by arrays of
 * ids, and the base versions' upsert that leaves an unchanged version's row as it is.
 */
class MergeWritesPgTest {
    private static final List<String> UNITS = List.of("303", "304", "305");
    private static final List<String> TYPES = List.of(ActivityType.OUTREACH_SESSION, ActivityType.TRAINING);

    Database db;

    @BeforeEach
    void open() {
        db = Database.open(PostgresTestServer.get().freshDatabase());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void upsertsByArraysKeepRecordsAndTotalsEqualToTheRows() {
        ActivityRepository repo = new ActivityRepository(db);
        Random random = new Random(3);
        List<Activity> stored = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            stored.add(activity(random, Meta.fresh("an")));
        }
        repo.insertAll(stored, "an");
        stored = repo.listAll();
        Activity gone = stored.get(0);
        repo.softDelete(gone.meta().id(), "an"); // stored deleted: replacing it must not take it out of the totals
        Activity deleted = repo.find(gone.meta().id()).orElseThrow();

        List<Activity> merged = new ArrayList<>();
        Meta back = deleted.meta();
        merged.add(activity(random, new Meta(back.id(), back.createdAt(), Instant.now(), "xa", back.version() + 1,
                false)));
        for (int i = 1; i < 20; i++) { // newer versions of stored records
            Meta m = stored.get(i).meta();
            merged.add(activity(random, new Meta(m.id(), m.createdAt(), Instant.now(), "xa", m.version() + 1, false)));
        }
        for (int i = 0; i < 30; i++) {
            merged.add(activity(random, new Meta(Meta.fresh("xa").id(), Instant.now(), Instant.now(), "xa", 1, false)));
        }
        Activity first = merged.get(25);
        Activity again = activity(random, new Meta(first.meta().id(), first.meta().createdAt(), Instant.now(), "xa", 2,
                false));
        merged.add(again); // the same id twice in one batch: the last one stays
        db.runInTransaction(() -> repo.upsertAsGiven(merged, "binh"));

        assertThat(repo.find(again.meta().id())).contains(again);
        assertThat(repo.find(back.id()).orElseThrow().meta().deleted()).isFalse();
        assertThat(repo.find(merged.get(5).meta().id())).contains(merged.get(5));
        assertThat(repo.find(merged.get(40).meta().id())).contains(merged.get(40));
        assertThat(repo.countActive()).isEqualTo(50 + 30);
        assertThat(repo.findAll(merged.stream().map(a -> a.meta().id()).toList())).hasSize(50);
        StoreConsistencyTest.assertTotalsEqualTheRows(db);
    }

    @Test
    void baseVersionsAreWrittenAndReadByArraysAndAnUnchangedVersionIsNotRewritten() {
        ExchangeRepository exchange = new ExchangeRepository(db);
        db.runInTransaction(() -> exchange.putBaseVersions("ward-a", "activity", Map.of("r1", 1L, "r2", 1L, "r'3\\", 4L)));
        String untouched = xmin("r1");
        db.runInTransaction(() -> exchange.putBaseVersions("ward-a", "activity", Map.of("r1", 1L, "r2", 2L, "r4", 1L)));
        exchange.putBaseVersions("ward-b", "activity", Map.of("r1", 7L)); // outside a transaction: one statement

        assertThat(xmin("r1")).as("an equal version leaves the row as it was").isEqualTo(untouched);
        assertThat(exchange.baseVersions("ward-a", "activity", List.of("r1", "r2", "r'3\\", "r4", "r5")))
                .isEqualTo(Map.of("r1", 1L, "r2", 2L, "r'3\\", 4L, "r4", 1L));
        assertThat(exchange.baseVersions("ward-b", "activity", List.of("r1", "r2"))).isEqualTo(Map.of("r1", 7L));
        assertThat(exchange.baseVersions("ward-a", "victim", List.of("r1"))).isEmpty();
    }

    /** The transaction that last wrote the base row of {@code id} from ward-a: changed only by a rewrite. */
    private String xmin(String id) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT xmin::text FROM exchange_base"
                    + " WHERE source_installation = 'ward-a' AND record_id = '" + id + "'")) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    private static Activity activity(Random random, Meta meta) {
        LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(60));
        return new Activity(meta, UNITS.get(random.nextInt(UNITS.size())), TYPES.get(random.nextInt(TYPES.size())),
                day, random.nextBoolean() ? null : day.plusDays(1), "Tuyên truyền\t\"số " + random.nextInt(9) + "\"",
                "SLDTBXH", List.of(), Set.of(Topic.DRUGS), null, random.nextInt(300), random.nextInt(50),
                random.nextBoolean() ? null : "ghi chú");
    }
}
