package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.store.BareActivityInsert.Shape.AS_IS;
import static vn.atr.store.BareActivityInsert.Shape.EMPTY_PART;
import static vn.atr.store.BareActivityInsert.Shape.KEY_ONLY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityType;
import vn.atr.domain.Meta;
import vn.atr.domain.Topic;

/**
 * The national roll-up's schema floors ({@code atr bench scale}): the rows of the units asked for are written
 * again, under new ids in the same key ranges, into the activity table as it stands, into it without its secondary
 * indexes, or into an empty table of its shape, and the store is left as it was (the transaction is rolled back).
 */
class BareActivityInsertTest implements EngineUnderTest {
    @TempDir
    Path dir;

    @Test
    void theSchemaFloorsWriteTheUnitsRowsAgainAndLeaveTheStoreAsItWas() {
        try (Database db = Database.open(store(dir.resolve("n.db")))) {
            ActivityRepository repo = new ActivityRepository(db);
            Random random = new Random(7);
            List<Activity> rows = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(300));
                rows.add(new Activity(Meta.fresh("an"), List.of("303", "304", "305").get(i % 3),
                        i % 2 == 0 ? ActivityType.TRAINING : ActivityType.OUTREACH_SESSION, day, null, "Buổi " + i,
                        "SLDTBXH", List.of("SYT"), Set.of(Topic.DRUGS), null, random.nextInt(300), 0, null));
            }
            repo.insertAll(rows, "an");
            Map<String, Long> byUnit = rows.stream().collect(Collectors.groupingBy(Activity::unitCode,
                    Collectors.counting()));
            List<Activity> before = repo.listAll();
            List<String> indexesBefore = indexes(db);

            BareActivityInsert bare = new BareActivityInsert(db);
            BareActivityInsert.Timed t = bare.reinsertRolledBack(List.of("303", "305"), AS_IS);
            BareActivityInsert.Timed keyOnly = bare.reinsertRolledBack(List.of("304"), KEY_ONLY);
            BareActivityInsert.Timed part = bare.reinsertRolledBack(List.of("303"), EMPTY_PART);

            assertThat(t.rows()).isEqualTo(byUnit.get("303") + byUnit.get("305")).isPositive();
            assertThat(t.seconds()).isPositive();
            assertThat(keyOnly.rows()).isEqualTo(byUnit.get("304"));
            assertThat(part.rows()).isEqualTo(byUnit.get("303"));
            assertThat(tables(db)).as("the empty part is gone with its transaction").doesNotContain("bench_part");
            assertThat(indexesBefore).isNotEmpty();
            assertThat(indexes(db)).as("the indexes dropped for the key-only floor are back")
                    .containsExactlyInAnyOrderElementsOf(indexesBefore);
            assertThat(repo.listAll()).isEqualTo(before);
            StoreConsistencyTest.assertTotalsEqualTheRows(db);
        }
    }

    /** The tables of the store (of its schema, on PostgreSQL), by name. */
    private static List<String> tables(Database db) {
        String sql = db.dialect() == Dialect.POSTGRESQL
                ? "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                : "SELECT name FROM sqlite_master WHERE type = 'table'";
        return names(db, sql);
    }

    /** The activity table's secondary indexes, by name. */
    private static List<String> indexes(Database db) {
        String sql = db.dialect() == Dialect.POSTGRESQL
                ? "SELECT indexname FROM pg_indexes WHERE tablename = 'activity' AND indexname <> 'activity_pkey'"
                : "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activity' AND sql IS NOT NULL";
        return names(db, sql);
    }

    private static List<String> names(Database db, String sql) {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }
}
