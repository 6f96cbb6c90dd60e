package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.store.EngineUnderTest;
import vn.atr.store.StoreLocation;

/**
 * Two PCs making the first administrator of one server store at the same moment: one succeeds, the other is told
 * the store has its administrator, and the one made logs in (a second data key wrapped over the first left the
 * first administrator's account unusable).
 */
class FirstAdministratorRacePgTest implements EngineUnderTest.OnPostgresql {
    @TempDir
    Path dir;

    @Test
    void onlyOneOfTwoSimultaneousFirstAdministratorsIsMade() throws Exception {
        StoreLocation store = store(dir.resolve("so.db"));
        try (Services s = Services.open(store)) {
            assertThat(s.auth().hasUsers()).isFalse();
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> tries = new ArrayList<>();
        for (String name : List.of("quantri1", "quantri2")) {
            tries.add(pool.submit(() -> {
                try (Services s = Services.open(store)) {
                    start.await();
                    s.auth().createFirstAdministrator(name, "mat-khau-quan-tri-1".toCharArray());
                    return name;
                } catch (ServiceException e) {
                    return "refused: " + e.getMessage();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : tries) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn(o -> o.startsWith("quantri")).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.startsWith("refused: ")).singleElement().asString()
                .contains("đã có quản trị viên");
        String made = outcomes.stream().filter(o -> o.startsWith("quantri")).findFirst().orElseThrow();
        try (Services s = Services.open(store)) {
            assertThat(s.auth().login(made, "mat-khau-quan-tri-1".toCharArray()).userName()).isEqualTo(made);
            assertThat(s.users().list()).hasSize(1);
        }
    }
}
