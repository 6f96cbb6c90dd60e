package vn.atr.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the benchmark's own when none is given (and the tests' server): a new cluster from
 * the server binaries installed on this machine (Debian's {@code /usr/lib/postgresql/N/bin}) in a temporary
 * folder, on a free local port, trusting local connections, stopped and deleted at the end. The benchmark's
 * keeps PostgreSQL's durable defaults (fsync and synchronous commit on), so its figures are a real server's,
 * with a 256 MB buffer cache and checkpoints spaced for bulk loads, as a Department's server would be tuned.
 */
public final class ThrowawayCluster implements AutoCloseable {
    /** The benchmark's server settings (beside the port, socket folder and local address). */
    static final String BENCH_SETTINGS = "-c shared_buffers=256MB -c max_wal_size=4GB -c checkpoint_timeout=30min"
            + " -c max_connections=30";

    private static final Path BASE = Path.of("/usr/lib/postgresql");

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final boolean root;
    private final int port;

    private ThrowawayCluster(Path bin, Path dir, boolean root, int port) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.root = root;
        this.port = port;
    }

    /** The newest installed server's binaries, if any. */
    public static Optional<Path> binaries() {
        if (!Files.isDirectory(BASE)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(BASE)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> version(b.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int version(String name) {
        String digits = name.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    /** Creates and starts a cluster with {@code bin}'s server and {@code settings} ({@code -c name=value ...}). */
    public static ThrowawayCluster start(Path bin, String settings) throws IOException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("atr-bench-pg");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ThrowawayCluster cluster = new ThrowawayCluster(bin, dir, root, port);
        try {
            if (root) { // PostgreSQL refuses to run as root: the folder goes to its own system user
                cluster.run(List.of("chown", "postgres:postgres", dir.toString()), false);
            }
            cluster.run(List.of(bin.resolve("initdb").toString(), "-D", cluster.data.toString(), "-U",
                    System.getProperty("user.name"), "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), root);
            cluster.run(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster.data.toString(), "-l",
                    dir.resolve("log").toString(), "-w", "-o", "-p " + port + " -k " + dir
                            + " -c listen_addresses=127.0.0.1 " + settings, "start"), root);
        } catch (IOException | RuntimeException e) {
            cluster.deleteQuietly();
            throw e;
        }
        return cluster;
    }

    /** The server's maintenance database, where the benchmark creates its own. */
    public String url() {
        return "postgresql://127.0.0.1:" + port + "/postgres";
    }

    /**
     * CPU time the server's processes have used so far (the postmaster and every backend and helper alive),
     * or -1 if it cannot be read: the part of a merge's work that a client thread's CPU time does not see.
     */
    long cpuNanos() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
            Optional<ProcessHandle> server = ProcessHandle.of(postmaster);
            if (server.isEmpty()) {
                return -1;
            }
            return Stream.concat(Stream.of(server.get()), server.get().descendants())
                    .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum()
                    + reapedChildrenNanos(postmaster);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU time of the postmaster's children that have ended (backends of closed connections, autovacuum
     * workers): Linux keeps it in the postmaster's {@code /proc/PID/stat} (cutime, cstime, in clock ticks
     * of 1/100 s), and no live process shows it any more. 0 where that file cannot be read.
     */
    private static long reapedChildrenNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // f[0] is field 3 (state)
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10_000_000L; // fields 16 and 17
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Ends the server at once and deletes its folder, without waiting for {@code pg_ctl} (a throw-away
     * cluster has nothing to flush): for a JVM's shutdown hook, which must not outlast its time.
     */
    public void kill() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
            ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
        } catch (IOException | RuntimeException e) {
            // no server left to end
        }
        deleteQuietly();
    }

    @Override
    public void close() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), root);
        } catch (IOException e) {
            // the folder goes anyway; a server left without its folder stops at its next check
        } finally {
            deleteQuietly();
        }
    }

    private void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", full), e);
        }
    }

    private void deleteQuietly() {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
