package vn.atr.store.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.Topic;
import vn.atr.store.ActivityRepository;
import vn.atr.store.Database;
import vn.atr.store.PostgresTestServer;
import vn.atr.store.RollupParts;
import vn.atr.store.StoreLocation;

/**
 * Migration V25 moves a roll-up store's parts from a row per record into chunks of a unit's half-month (ADR 0204):
 * after the upgrade the store holds the same live records, field for field, and none of the deleted ones.
 */
class UpgradeRollupChunksTest {
    @TempDir
    Path dir;

    @Test
    void theRecordsOfTheOldPartsAreTheChunksRecords() throws Exception {
        Path file = dir.resolve("v24.db");
        String url = vn.atr.store.StoreTestSupport.atSchema(file, "24");
        List<Activity> live;
        try (Connection c = DriverManager.getConnection(url)) {
            live = writeOldParts(c);
        }
        assertUpgraded(StoreLocation.file(file), live);
        try (Connection c = DriverManager.getConnection(url); java.sql.ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE name = 'rollup_activity'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    /** The same upgrade on PostgreSQL, whose script builds the chunks with its own JSON functions. */
    @Test
    void onPostgresqlTheRecordsOfTheOldPartsAreTheChunksRecords() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        StoreLocation location = server.atSchema("24");
        List<Activity> live;
        try (Connection c = server.connect(location)) {
            live = writeOldParts(c);
        }
        assertUpgraded(location, live);
        try (Connection c = server.connect(location); java.sql.ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'rollup_activity'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        // chunks written from now on are compressed (V26); the old ones, uncompressed, are read as before
        List<Activity> february = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            Activity a = live.get(i % live.size());
            february.add(new Activity(new Meta("f" + i, a.meta().createdAt(), a.meta().updatedAt(), "an", 1, false),
                    "31", a.typeCode(), LocalDate.of(2026, 2, 1 + i % 14), null, a.title() + " " + i, a.leadOrg(),
                    a.partnerOrgs(), a.topics(), a.targetGroup(), a.participants(), a.quantity(), a.notes()));
        }
        try (Database db = Database.open(location)) {
            RollupParts parts = new RollupParts(db);
            db.runInTransaction(() -> parts.replace(new RollupParts.Part("31", LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 2, 14), "i", Instant.parse("2026-02-15T00:00:00Z"), "sha"), List.of("31"),
                    parts.prepare(february), true, null));
            List<Activity> held = new ArrayList<>();
            new ActivityRepository(db).forEachInPeriod(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14), null,
                    held::add);
            List<Activity> all = new ArrayList<>(live);
            all.addAll(february);
            assertThat(held).containsExactlyInAnyOrderElementsOf(all);
        }
        try (Connection c = server.connect(location); java.sql.ResultSet rs = c.createStatement().executeQuery(
                "SELECT half, length(data) > 2500, pg_column_compression(data) FROM rollup_chunk ORDER BY half")) {
            List<String> chunks = new ArrayList<>();
            while (rs.next()) {
                chunks.add(rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getString(3));
            }
            assertThat(chunks).contains("2026-02-01 true lz4").noneMatch(t -> t.startsWith("2026-01") && t.endsWith("lz4"));
        }
    }

    private static void assertUpgraded(StoreLocation location, List<Activity> live) {
        try (Database db = Database.open(location)) {
            List<Activity> held = new ArrayList<>();
            new ActivityRepository(db).forEachInPeriod(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14), null,
                    held::add);
            assertThat(held).containsExactlyInAnyOrderElementsOf(live);
            RollupParts parts = new RollupParts(db);
            assertThat(parts.held(List.of("31", "32"), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20)))
                    .isEqualTo(live.stream().filter(a -> !a.startDate().isBefore(LocalDate.of(2026, 1, 10))
                            && !a.startDate().isAfter(LocalDate.of(2026, 1, 20))).count());
        }
    }

    /** Old parts' rows of two units on both halves of January, a deleted one among them; returns the live ones. */
    private static List<Activity> writeOldParts(Connection c) throws Exception {
        List<Activity> live = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rollup_activity (id, unit_code, type_code,"
                + " start_date, end_date, title, lead_org, partner_orgs, topics, target_group, participants, quantity,"
                + " notes, created_at, updated_at, updated_by, version, deleted)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < 12; i++) {
                String unit = i % 2 == 0 ? "31" : "32";
                LocalDate start = LocalDate.of(2026, 1, 3 + i * 2);
                boolean deleted = i == 5;
                Meta meta = new Meta("p" + i, Instant.parse("2026-02-01T03:04:05.123456Z"),
                        Instant.parse("2026-02-02T03:04:05Z"), "an", 2 + i, false);
                Activity a = new Activity(meta, unit, i % 3 == 0 ? "TRAINING" : "OUTREACH_SESSION", start,
                        i % 4 == 0 ? null : start.plusDays(1), "Tập huấn \"phòng, chống\" mua bán người " + i,
                        i % 2 == 0 ? null : "Công an xã", i % 3 == 0 ? List.of() : List.of("SYT", "CATP"),
                        i % 2 == 0 ? Set.of(Topic.values()[0]) : Set.of(), i % 5 == 0 ? null : "Học sinh;Phụ nữ",
                        10 * i, i, i % 2 == 0 ? null : "ghi chú\\ndòng hai");
                int k = 1;
                ps.setString(k++, meta.id());
                ps.setString(k++, unit);
                ps.setString(k++, a.typeCode());
                ps.setString(k++, start.toString());
                ps.setString(k++, a.endDate() == null ? null : a.endDate().toString());
                ps.setString(k++, a.title());
                ps.setString(k++, a.leadOrg());
                ps.setString(k++, String.join(";", a.partnerOrgs()));
                ps.setString(k++, a.topics().isEmpty() ? "" : a.topics().iterator().next().name());
                ps.setString(k++, a.targetGroup());
                ps.setLong(k++, a.participants());
                ps.setLong(k++, a.quantity());
                ps.setString(k++, a.notes());
                ps.setString(k++, "2026-02-01T03:04:05.123456Z");
                ps.setString(k++, "2026-02-02T03:04:05Z");
                ps.setString(k++, "an");
                ps.setLong(k++, meta.version());
                ps.setInt(k, deleted ? 1 : 0);
                ps.executeUpdate();
                if (!deleted) {
                    live.add(a);
                }
            }
        }
        return live;
    }
}
