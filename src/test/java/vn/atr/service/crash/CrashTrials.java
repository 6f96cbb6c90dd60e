package vn.atr.service.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Runs the crash trials: a child JVM writes, is killed with SIGKILL after a random number of
 * acknowledged commits plus a random delay (so the kill lands anywhere, also mid-commit), and the
 * acknowledged ids are handed to a checker. One store file is reused across trials.
 */
public final class CrashTrials {
    /** Checks the store after a kill; throws on a lost record or damage. */
    public interface Checker {
        void check(Path store, List<String> acknowledged) throws Exception;
    }

    private CrashTrials() {
    }

    /** Runs {@code trials} kills against {@code store}; returns the total of acknowledged commits. */
    public static long run(Path store, int trials, long seed, Checker checker) throws Exception {
        Random rnd = new Random(seed);
        long total = 0;
        for (int t = 0; t < trials; t++) {
            List<String> acked = killedWriter(store, rnd.nextLong(), 1 + rnd.nextInt(15), rnd.nextInt(20));
            checker.check(store, acked);
            total += acked.size();
        }
        return total;
    }

    private static List<String> killedWriter(Path store, long seed, int acksBeforeKill, int extraMillis)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                CrashWriterMain.class.getName(), store.toString(), Long.toString(seed))
                .redirectError(store.resolveSibling("writer.err").toFile()).start();
        List<String> acked = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acked.add(line.substring(4));
                    if (acked.size() >= acksBeforeKill) {
                        break;
                    }
                }
            }
            if (extraMillis > 0) {
                Thread.sleep(extraMillis); // the kill lands at a random point of a later commit
            }
            // Acknowledged = read by us before the kill (destroying the process closes its streams).
            p.destroyForcibly(); // SIGKILL on Unix
            p.waitFor(10, TimeUnit.SECONDS);
        }
        if (acked.isEmpty()) {
            throw new IllegalStateException("the writer acknowledged nothing (exit " + p.exitValue() + "): "
                    + Files.readString(store.resolveSibling("writer.err")));
        }
        if (p.isAlive()) {
            throw new IllegalStateException("the writer survived SIGKILL");
        }
        return acked;
    }
}
