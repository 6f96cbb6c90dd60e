package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atr.service.SecurityFixtures.ADMIN_PW;
import static vn.atr.service.SecurityFixtures.pw;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.store.EngineUnderTest;
import vn.atr.store.PostgresTestServer;
import vn.atr.store.StoreException;
import vn.atr.store.StoreLocation;

/**
 * A writer that stalls while holding its turn (a PC frozen in the middle of a merge) no longer holds everyone else
 * without end: a login, which writes its audit entry, waits a bounded time and is told the store is busy; reading
 * is not held at all; once the stalled writer is gone, the login goes through.
 */
class WriteTurnPgTest implements EngineUnderTest.OnPostgresql {
    @TempDir
    Path dir;

    @Test
    void aStalledWriterMakesOthersWaitABoundedTimeWithAClearMessage() throws Exception {
        StoreLocation store = store(dir.resolve("turn.db"));
        try (Services s = Services.open(store)) {
            s.auth().createFirstAdministrator("admin", pw(ADMIN_PW));
        }
        String before = System.getProperty("atr.pg.writeTurnWait");
        System.setProperty("atr.pg.writeTurnWait", "2");
        try (Connection stalled = PostgresTestServer.get().connect(store); Statement st = stalled.createStatement()) {
            stalled.setAutoCommit(false);
            st.execute("SELECT pg_advisory_xact_lock(" + 0x4154525f41554449L + ")"); // the turn every write takes
            try (Services s = Services.open(store)) {
                long started = System.nanoTime();
                assertThatThrownBy(() -> s.auth().login("admin", pw(ADMIN_PW))).isInstanceOf(StoreException.class)
                        .hasMessageContaining("đang được một phiên làm việc khác ghi")
                        .hasMessageContaining("sau 2 giây vẫn chưa xong");
                assertThat((System.nanoTime() - started) / 1_000_000_000.0).isLessThan(30);
                assertThat(s.auth().hasUsers()).as("reading is not held").isTrue();
            }
            stalled.rollback();
        } finally {
            if (before == null) {
                System.clearProperty("atr.pg.writeTurnWait");
            } else {
                System.setProperty("atr.pg.writeTurnWait", before);
            }
        }
        try (Services s = Services.open(store)) {
            assertThat(s.auth().login("admin", pw(ADMIN_PW)).userName()).isEqualTo("admin");
        }
    }
}
