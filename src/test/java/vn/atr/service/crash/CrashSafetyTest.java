package vn.atr.service.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.service.Services;
import vn.atr.store.StoreBackup;
import vn.atr.store.StoreTestSupport;

/**
 * Kill -9 at random moments while a separate JVM saves activities: after every kill each
 * acknowledged record is present, integrity_check says ok and the store opens again.
 * 30 trials here; {@code scripts/crash-bench.sh} runs 300 ({@code -Datr.crash.trials=300}).
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCommitSurvivesSigkill() throws Exception {
        Path store = dir.resolve("atr.db");
        try (Services s = Services.open(store)) {
            s.sample().loadHaiPhong2023();
        }
        int trials = Integer.getInteger("atr.crash.trials", 30);
        long[] checked = {0};
        long acked = CrashTrials.run(store, trials, 20231214L, (file, ids) -> {
            try (Services s = Services.open(file)) { // the next open works (and recovers the WAL)
                assertThat(s.readOnly()).isFalse();
            }
            StoreBackup.check(file); // full integrity_check
            assertThat(present(file, ids)).as("acknowledged records present").isEqualTo(ids.size());
            checked[0]++;
        });
        assertThat(checked[0]).isEqualTo(trials);
        System.out.printf("crash test: %d kills, %d acknowledged commits, all present%n", trials, acked);
    }

    private static long present(Path file, List<String> ids) throws Exception {
        String in = String.join("','", ids);
        return StoreTestSupport.count(file, "SELECT count(*) FROM activity WHERE id IN ('" + in + "')");
    }
}
