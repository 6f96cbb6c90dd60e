package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Messages;

/**
 * The check the window's settings run on a server address, and the reasons every open gives, on a real
 * PostgreSQL: an ATR store, an empty database, another program's database, no such database, a server that
 * does not answer, and a role without the rights ATR needs (checked and refused, nothing changed).
 */
class ServerProbePgTest {
    @TempDir
    Path dir;

    @AfterEach
    void environmentAgain() {
        ServerCredentials.useEnvironment(null);
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void anAtrStoreAndAnEmptyDatabaseServeAndTheCheckChangesNothing() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        StoreLocation store = server.freshDatabase();
        ServerProbe.Result found = ServerProbe.probe(store);
        assertThat(found.user()).isEqualTo(System.getProperty("user.name"));
        try (Connection c = server.connect(store); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT max(installed_rank) FROM flyway_schema_history WHERE success")) {
            rs.next();
            try (Statement v = c.createStatement(); var newest = v.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE installed_rank = " + rs.getInt(1))) {
                newest.next();
                assertThat(found.schemaVersion()).contains(newest.getString(1));
            }
        }

        StoreLocation empty = server.emptyDatabase();
        assertThat(ServerProbe.probe(empty).schemaVersion()).isEmpty();
        assertThat(server.tableCount(empty)).as("a check creates no table").isZero();
    }

    @Test
    void anotherProgramsDatabaseAMissingOneAndASilentServerAreSaidInVietnamese() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        StoreLocation other = server.emptyDatabase();
        try (Connection c = server.connect(other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE payroll (id int)");
        }
        assertThatThrownBy(() -> ServerProbe.probe(other)).isInstanceOf(StoreException.class)
                .hasMessageContaining("bảng của chương trình khác");

        String base = other.toString().substring(0, other.toString().lastIndexOf('/') + 1);
        assertThatThrownBy(() -> ServerProbe.probe(StoreLocation.parse(base + "khong_co_csdl")))
                .hasMessageContaining("máy chủ không có cơ sở dữ liệu khong_co_csdl");

        int closed = PostgresTestServer.closedPort();
        StoreLocation silent = StoreLocation.parse("postgresql://127.0.0.1:" + closed + "/atr");
        assertThatThrownBy(() -> ServerProbe.probe(silent))
                .hasMessageContaining("máy chủ 127.0.0.1 không trả lời ở cổng " + closed);
        // the same reason when the window or a command opens it
        assertThatThrownBy(() -> Database.open(silent))
                .hasMessageContaining("Không kết nối được cơ sở dữ liệu PostgreSQL")
                .hasMessageContaining("không trả lời ở cổng " + closed);
    }

    /**
     * Something that takes the connection and never answers (a wrong port forwarded to another service) is waited
     * for a bounded time and said like a silent server: ATR sets the driver's connection and login timeouts, which
     * an address may set itself (here 2 seconds instead of ATR's 20, to keep the test short).
     */
    @Test
    void aServerThatTakesTheConnectionAndNeverAnswersIsWaitedForABoundedTime() throws Exception {
        assertThat(ServerCredentials.fromEnvironment().properties()).containsEntry("loginTimeout", "20")
                .containsEntry("connectTimeout", "10").containsEntry("tcpKeepAlive", "true");
        try (java.net.ServerSocket mute = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            Thread taker = new Thread(() -> {
                java.util.List<java.net.Socket> held = new java.util.ArrayList<>();
                try {
                    while (true) {
                        held.add(mute.accept()); // taken, never answered
                    }
                } catch (java.io.IOException closed) {
                    held.forEach(s -> {
                        try {
                            s.close();
                        } catch (java.io.IOException ignored) {
                            // closing what the test held
                        }
                    });
                }
            });
            taker.setDaemon(true);
            taker.start();
            StoreLocation mutePort = StoreLocation.parse("postgresql://127.0.0.1:" + mute.getLocalPort()
                    + "/atr?loginTimeout=2");
            long started = System.nanoTime();
            assertThatThrownBy(() -> Database.open(mutePort))
                    .hasMessageContaining("Không kết nối được cơ sở dữ liệu PostgreSQL")
                    .hasMessageContaining("không trả lời ở cổng " + mute.getLocalPort());
            assertThat((System.nanoTime() - started) / 1e9).isLessThan(15);
        }
    }

    /** A mistyped sslmode is said as such (was "does not answer on port ..."); a server gone mid-write is said too. */
    @Test
    void aMistypedSslModeAndALostServerAreSaidAsSuch() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        StoreLocation store = server.freshDatabase();
        assertThatThrownBy(() -> ServerProbe.probe(StoreLocation.parse(store + "?sslmode=verfy-full")))
                .hasMessageContaining("giá trị sslmode không hợp lệ: verfy-full");

        try (Database db = Database.open(store)) {
            try (Connection c = server.connect(store); Statement s = c.createStatement()) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND pid <> pg_backend_pid()");
            }
            assertThatThrownBy(() -> db.runInTransaction(() -> db.read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.execute("SELECT 1");
                }
            }))).hasMessageContaining("mất kết nối với máy chủ cơ sở dữ liệu").hasMessageNotContaining("I/O error");
        }
    }

    @Test
    void aRoleWithoutRightsIsRefusedNamingItsUserAndTheTables() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        StoreLocation store = server.freshDatabase();
        StoreLocation empty = server.emptyDatabase();
        String role = "atr_viewer_" + ProcessHandle.current().pid();
        try (Connection c = server.connect(store); Statement s = c.createStatement()) {
            s.execute("DROP ROLE IF EXISTS " + role);
            s.execute("CREATE ROLE " + role + " LOGIN");
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role); // reads, may not write
        }
        try (Connection c = server.connect(empty); Statement s = c.createStatement()) {
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        }
        Path password = Files.writeString(dir.resolve("db-password"), "unused on a trusting test server\n");
        ServerCredentials.useEnvironment(Map.of(StoreLocation.USER_VARIABLE, role,
                StoreLocation.PASSWORD_FILE_VARIABLE, password.toString())::get);

        assertThatThrownBy(() -> ServerProbe.probe(store))
                .hasMessageContaining("người dùng " + role + " không có quyền đọc và ghi các bảng")
                .hasMessageContaining("activity");
        assertThatThrownBy(() -> ServerProbe.probe(empty))
                .hasMessageContaining("người dùng " + role + " không được tạo bảng trong schema public");
        assertThatThrownBy(() -> Database.open(empty))
                .hasMessageContaining("Không kết nối được cơ sở dữ liệu PostgreSQL")
                .hasMessageContaining("người dùng " + role + " không được tạo bảng trong schema public");
        assertThat(server.tableCount(empty)).as("nothing created by the refused open").isZero();
        // every command opens the store this way: a reader role is told so at the start, not on its first write
        assertThatThrownBy(() -> Database.open(store))
                .hasMessageContaining("người dùng " + role + " không có quyền đọc và ghi các bảng")
                .hasMessageContaining("bảng khác").hasMessageNotContaining("Không lưu được");
        try (Connection c = server.connect(store); Statement s = c.createStatement()) {
            s.execute("REVOKE CONNECT ON DATABASE " + store.database() + " FROM PUBLIC");
        }
        assertThatThrownBy(() -> Database.open(store)).hasMessageContaining("người dùng " + role
                + " không có quyền kết nối vào cơ sở dữ liệu " + store.database()).hasMessageNotContaining("chủ các bảng");
    }

    @Test
    void theSourcesOfTheCredentialsAreNamedButNoPasswordIsShown() throws Exception {
        Path password = Files.writeString(dir.resolve("db-password"), "mật-khẩu-bí-mật\n");
        ServerCredentials given = ServerCredentials.of(Map.of(StoreLocation.USER_VARIABLE, "atr",
                StoreLocation.PASSWORD_FILE_VARIABLE, password.toString())::get);
        assertThat(given.describe()).contains("Người dùng: atr (biến ATR_DB_USER)")
                .contains("Mật khẩu: đọc từ tệp " + password + " (biến ATR_DB_PASSWORD_FILE)")
                .doesNotContain("bí-mật");
        assertThat(given.properties().getProperty("password")).isEqualTo("mật-khẩu-bí-mật");

        Path pgpass = Files.writeString(dir.resolve("pgpass"), "db:5432:atr:atr:x\n");
        ServerCredentials fromPgpass = ServerCredentials.of(Map.of("PGPASSFILE", pgpass.toString())::get);
        assertThat(fromPgpass.describe()).contains("Người dùng: " + System.getProperty("user.name"))
                .contains("tên đăng nhập máy tính").contains("Mật khẩu: từ tệp pgpass " + pgpass);
        assertThat(fromPgpass.properties().getProperty("password")).isNull();

        ServerCredentials none = ServerCredentials.of(Map.of("PGPASSFILE", dir.resolve("none").toString())::get);
        assertThat(none.describe()).contains("Mật khẩu: chưa có");

        // an empty or missing password file is said as such, not as a server that does not answer
        Path blank = Files.writeString(dir.resolve("blank"), "\n");
        assertThatThrownBy(() -> ServerCredentials.of(Map.of(StoreLocation.PASSWORD_FILE_VARIABLE, blank.toString())::get)
                .properties()).hasMessageContaining("Tệp mật khẩu cơ sở dữ liệu " + blank).hasMessageContaining("trống");
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> ServerCredentials.of(Map.of(StoreLocation.PASSWORD_FILE_VARIABLE, missing.toString())::get)
                .properties()).hasMessageContaining("Không có tệp mật khẩu cơ sở dữ liệu " + missing);
    }
}
