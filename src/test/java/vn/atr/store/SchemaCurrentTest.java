package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway is skipped only when the store's schema is exactly current (ADR 0061): a pending migration
 * still runs Flyway, with the pre-upgrade copy first; a failed or unknown history entry lets Flyway decide.
 */
class SchemaCurrentTest {
    private static final Path V1_FIXTURE = Path.of("src/test/resources/upgrade/atr-v1.db");

    @TempDir
    Path dir;

    @Test
    void pendingMigrationsRunFlywayWithABackupThenTheCurrentStoreSkipsIt() throws Exception {
        Path store = Files.copy(V1_FIXTURE, dir.resolve("atr.db"));
        try (Database db = Database.open(store)) {
            assertThat(db.ranFlyway()).isTrue();
            assertThat(db.upgradeBackup()).isPresent();
        }
        String upgraded = StoreTestSupport.digest(store);
        long backups = countFiles(dir.resolve(StoreBackup.FOLDER));
        try (Database db = Database.open(store)) {
            assertThat(db.ranFlyway()).isFalse();
            assertThat(db.upgradeBackup()).isEmpty();
            assertThat(new SettingsRepository(db).agency().homeProvinceCode()).isEqualTo("04");
        }
        assertThat(StoreTestSupport.digest(store)).isEqualTo(upgraded);
        assertThat(countFiles(dir.resolve(StoreBackup.FOLDER))).isEqualTo(backups);
    }

    @Test
    void aNewStoreIsMigratedByFlyway() {
        try (Database db = Database.open(dir.resolve("atr.db"))) {
            assertThat(db.ranFlyway()).isTrue();
            assertThat(db.upgradeBackup()).isEmpty();
        }
    }

    @Test
    void aFailedMigrationInTheHistoryIsLeftToFlyway() throws Exception {
        Path store = dir.resolve("atr.db");
        Database.open(store).close();
        execute(store, "UPDATE flyway_schema_history SET success = 0"
                + " WHERE installed_rank = (SELECT max(installed_rank) FROM flyway_schema_history)");
        assertThatThrownBy(() -> Database.open(store)).isInstanceOf(StoreException.class)
                .hasMessageContaining(store.getFileName().toString());
    }

    @Test
    void aStoreFromANewerVersionIsRefusedAndNotWritten() throws Exception {
        Path store = dir.resolve("atr.db");
        Database.open(store).close();
        execute(store, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " checksum, installed_by, execution_time, success) VALUES (999, '999', 'future', 'SQL',"
                + " 'V999__future.sql', 0, '', 0, 1)");
        String before = StoreTestSupport.digest(store);
        assertThatThrownBy(() -> Database.open(store)).isInstanceOf(StoreNewerException.class)
                .hasMessageContaining("999").hasMessageContaining("cập nhật ATR");
        assertThat(StoreTestSupport.digest(store)).isEqualTo(before);
    }

    @Test
    void versionsCompareNumericallyPartByPart() {
        assertThat(MigrationScripts.compareVersions("11", "8.1")).isPositive();
        assertThat(MigrationScripts.compareVersions("3.1", "3")).isPositive();
        assertThat(MigrationScripts.compareVersions("8_1", "8.1")).isZero();
        assertThat(MigrationScripts.compareVersions("99", "11")).isPositive();
    }

    @Test
    void listsTheShippedScriptsFromFoldersAndJars() throws Exception {
        Set<String> files = new java.util.HashSet<>();
        for (String folder : new String[] {MigrationScripts.LOCATION, MigrationScripts.COMMON}) { // SQLite's and portable
            try (Stream<Path> list = Files.list(Path.of("src/main/resources", folder))) {
                list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).forEach(files::add);
            }
        }
        assertThat(MigrationScripts.onClassPath()).contains(files);

        Path jar = dir.resolve("m.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"db/", "db/migration/", "db/migration/V1__a.sql", "db/migration/V2_1__b.sql",
                    "db/migration/readme.txt", "db/migration/old/V3__c.sql"}) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    out.write("SELECT 1;".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(MigrationScripts.list(loader)).contains(Set.of("V1__a.sql", "V2_1__b.sql"));
        }
    }

    private static void execute(Path store, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(Database.url(store)); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long countFiles(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        }
    }
}
