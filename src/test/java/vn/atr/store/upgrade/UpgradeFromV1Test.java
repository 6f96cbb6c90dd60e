package vn.atr.store.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.service.Services;
import vn.atr.store.Database;
import vn.atr.store.StoreTestSupport;

/**
 * A store written by the first schema version (the committed {@code upgrade/atr-v1.db}, see
 * {@link V1StoreGenerator}) opens with the current code: every row of every V1 table is still there
 * with every V1 column unchanged, the schema is at the current version, the records read back through
 * the services, and a copy of the V1 file was kept in {@code backups/} before the upgrade.
 */
class UpgradeFromV1Test {
    private static final Path FIXTURE = Path.of("src/test/resources/upgrade/atr-v1.db");

    @TempDir
    Path dir;

    @Test
    void v1StoreUpgradesWithEveryRecordIntact() throws Exception {
        Path store = Files.copy(FIXTURE, dir.resolve("atr.db"));
        Map<String, List<Map<String, Object>>> before = rows(store);
        assertThat(before.get("activity")).hasSize(3);
        assertThat(StoreTestSupport.text(store, "SELECT max(version) FROM flyway_schema_history")).isEqualTo("1");

        try (Services s = Services.open(store)) {
            Activity a = s.activities().find("01865a00-0000-7000-8000-0000000000a1").orElseThrow();
            assertThat(a.title()).isEqualTo("Mít tinh hưởng ứng ngày toàn dân phòng, chống mua bán người");
            assertThat(a.participants()).isEqualTo(450);
            assertThat(a.notes()).isEqualTo("Ghi chú có dấu: ạ ộ ư ơ đ");
            Summary sum = s.summary().summary(ReportPeriod.ofYear(2023), Optional.empty());
            assertThat(sum.victims()).isEqualTo(2);
        }

        Map<String, List<Map<String, Object>>> after = rows(store);
        before.remove("activity_day_total"); // derived from the activities; V27 drops it (ADR 0211)
        for (Map.Entry<String, List<Map<String, Object>>> table : before.entrySet()) {
            List<Map<String, Object>> kept = after.get(table.getKey()).stream()
                    .map(row -> onlyColumns(row, table.getValue().isEmpty() ? row.keySet() : table.getValue().get(0).keySet()))
                    .filter(table.getValue()::contains).toList();
            assertThat(kept).as("rows of %s", table.getKey()).containsExactlyInAnyOrderElementsOf(table.getValue());
        }
        assertThat(StoreTestSupport.text(store, "SELECT version FROM flyway_schema_history WHERE success = 1"
                + " ORDER BY installed_rank DESC LIMIT 1")).isEqualTo(currentVersion());
    }

    @Test
    void eachStepOfTheUpgradeIsToldAsItBegins() throws Exception {
        Path store = Files.copy(FIXTURE, dir.resolve("atr.db"));
        List<vn.atr.domain.OpenStep> steps = new java.util.ArrayList<>();
        try (Database db = Database.open(store, steps::add)) {
            assertThat(db.upgradeBackup()).isPresent();
        }
        assertThat(steps).extracting(vn.atr.domain.OpenStep::kind).startsWith(vn.atr.domain.OpenStep.Kind.CHECKING,
                vn.atr.domain.OpenStep.Kind.COPYING);
        assertThat(steps.get(1).detail()).isEqualTo(dir.resolve("backups").toString());
        List<vn.atr.domain.OpenStep> upgrade = steps.subList(2, steps.size());
        int pending = Integer.parseInt(currentVersion().split("\\.")[0]) - 1;
        assertThat(upgrade).hasSizeGreaterThanOrEqualTo(pending).allSatisfy(step -> {
            assertThat(step.kind()).isEqualTo(vn.atr.domain.OpenStep.Kind.UPGRADING);
            assertThat(step.total()).isEqualTo(upgrade.size());
            assertThat(step.detail()).isNotBlank();
        });
        assertThat(upgrade).extracting(vn.atr.domain.OpenStep::done)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, upgrade.size()).boxed().toList());

        List<vn.atr.domain.OpenStep> again = new java.util.ArrayList<>();
        try (Database db = Database.open(store, again::add)) {
            assertThat(db.upgradeBackup()).isEmpty();
        }
        assertThat(again).as("a current small store: its check only").extracting(vn.atr.domain.OpenStep::kind)
                .containsExactly(vn.atr.domain.OpenStep.Kind.CHECKING);

        List<vn.atr.domain.OpenStep> fresh = new java.util.ArrayList<>();
        Database.open(dir.resolve("new.db"), fresh::add).close();
        assertThat(fresh).as("a new store is created, not upgraded").hasSizeGreaterThan(1)
                .extracting(vn.atr.domain.OpenStep::kind).containsOnly(vn.atr.domain.OpenStep.Kind.CREATING);
    }

    @Test
    void aCopyOfTheOldStoreIsKeptBeforeTheUpgradeAndOnlyThen() throws Exception {
        Path store = Files.copy(FIXTURE, dir.resolve("atr.db"));
        String v1 = StoreTestSupport.digest(store);
        Path kept;
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("vn.atr.store.UpgradeBackup");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        ch.qos.logback.classic.Level level = log.getLevel();
        log.setLevel(ch.qos.logback.classic.Level.INFO); // tests log WARN and above only
        log.addAppender(logged);
        try (Database db = Database.open(store)) {
            kept = db.upgradeBackup().orElseThrow();
        } finally {
            log.detachAppender(logged);
            log.setLevel(level);
        }
        assertThat(logged.list).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("version 1 is older than").contains(kept.toString()));
        assertThat(kept.getParent()).isEqualTo(dir.resolve("backups"));
        assertThat(kept.getFileName().toString()).startsWith("pre-upgrade-v1-to-v" + currentVersion() + "-").endsWith(".db");
        assertThat(StoreTestSupport.digest(kept)).isEqualTo(v1);
        assertThat(StoreTestSupport.text(kept, "PRAGMA integrity_check")).isEqualTo("ok");

        try (Database db = Database.open(store)) {
            assertThat(db.upgradeBackup()).as("already current: no second copy").isEmpty();
        }
        try (Database db = Database.open(dir.resolve("new.db"))) {
            assertThat(db.upgradeBackup()).as("a new store has nothing to keep").isEmpty();
        }
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            assertThat(files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()).containsExactly(kept);
        }
    }

    /** The newest migration shipped on the class path, as Flyway prints it ("6.1"). */
    private String currentVersion() throws Exception {
        Path fresh = dir.resolve("fresh.db");
        try (Database db = Database.open(fresh)) {
            assertThat(db.upgradeBackup()).isEmpty();
        }
        return StoreTestSupport.text(fresh, "SELECT version FROM flyway_schema_history WHERE success = 1"
                + " ORDER BY installed_rank DESC LIMIT 1");
    }

    static Map<String, Object> onlyColumns(Map<String, Object> row, java.util.Set<String> columns) {
        Map<String, Object> out = new LinkedHashMap<>();
        columns.forEach(c -> out.put(c, row.get(c)));
        return out;
    }

    /**
     * The organisation rows as V21 leaves them (ADR 0197): the bodies dissolved in 2025 no longer offered, and the
     * bodies it adds taken out of {@code after}, so that a store's rows before an upgrade compare with those after.
     */
    static void asV21Leaves(Map<String, List<Map<String, Object>>> before, Map<String, List<Map<String, Object>>> after) {
        java.util.Set<String> retired = java.util.Set.of("SLDTBXH", "PLDTBXH", "UBND_QH");
        java.util.Set<String> had = new java.util.HashSet<>();
        before.getOrDefault("organisation", List.of()).forEach(r -> {
            had.add(String.valueOf(r.get("code")));
            if (retired.contains(String.valueOf(r.get("code")))) {
                r.put("active", 0);
            }
        });
        after.getOrDefault("organisation", new ArrayList<>())
                .removeIf(r -> java.util.Set.of("SNV", "UBND_XA").contains(String.valueOf(r.get("code")))
                        && !had.contains(String.valueOf(r.get("code"))));
        // V22's column, which rows from before it leave empty (both sides then held the sender's version)
        after.getOrDefault("exchange_base", List.of()).forEach(r -> r.remove("our_version"));
        before.remove("activity_day_total"); // derived from the activities; V27 drops it (ADR 0211)
    }

    /** Every row of every table but Flyway's own, as column to value. */
    static Map<String, List<Map<String, Object>>> rows(Path file) throws Exception {
        Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<Map<String, Object>> list = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.put(meta.getColumnName(i), rs.getObject(i));
                        }
                        list.add(row);
                    }
                }
                all.put(table, list);
            }
        }
        return all;
    }
}
