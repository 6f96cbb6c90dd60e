package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.service.SecurityFixtures.ADMIN_PW;
import static vn.atr.service.SecurityFixtures.COMPILER_PW;
import static vn.atr.service.SecurityFixtures.pw;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.access.Role;
import vn.atr.store.EngineUnderTest;
import vn.atr.store.StoreLocation;
import vn.atr.store.PostgresTestServer;

/**
 * Wrong passwords sent at the same moment from several PCs to one server store each count: the account locks after
 * the third, as when they come one after another (the count read before the slow check let a batch all write
 * "failure 1").
 */
class ParallelGuessesPgTest implements EngineUnderTest.OnPostgresql {
    @TempDir
    Path dir;

    private static long count(StoreLocation store, String sql) throws Exception {
        try (java.sql.Connection c = PostgresTestServer.get().connect(store); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void guessesAtOnceEachCountAndLockTheAccount() throws Exception {
        StoreLocation store = store(dir.resolve("guess.db"));
        try (Services s = Services.open(store)) {
            s.auth().createFirstAdministrator("admin", pw(ADMIN_PW));
            s.users().add("hoa", Role.COMPILER, null, pw(COMPILER_PW));
        }
        int guesses = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            tries.add(pool.submit(() -> {
                try (Services s = Services.open(store)) {
                    start.await();
                    s.auth().login("hoa", "doan-sai-mat-khau".toCharArray());
                    return true;
                } catch (AccessDeniedException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        for (Future<Boolean> f : tries) {
            assertThat(f.get()).isFalse();
        }
        pool.shutdown();
        // each wrong password counted once, in turn ("failure 1", "failure 2"...); a guess that comes after the
        // third may find the account already locked and is refused as such, uncounted
        assertThat(count(store, "SELECT count(*) FROM audit_log WHERE action = 'login.failed'")).isEqualTo(guesses);
        long counted = count(store, "SELECT count(*) FROM audit_log WHERE action = 'login.failed'"
                + " AND detail LIKE 'wrong password, failure %'");
        assertThat(counted).isBetween(3L, (long) guesses);
        assertThat(count(store, "SELECT count(DISTINCT detail) FROM audit_log WHERE action = 'login.failed'"
                + " AND detail LIKE 'wrong password, failure %'")).as("no failure number twice").isEqualTo(counted);
        assertThat(count(store, "SELECT failed_logins FROM app_user WHERE name = 'hoa'")).isEqualTo(counted);
        try (Services s = Services.open(store)) {
            // the right password is now refused too: the account is locked for a while
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.auth().login("hoa", pw(COMPILER_PW)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
