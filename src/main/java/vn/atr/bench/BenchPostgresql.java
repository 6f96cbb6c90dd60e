package vn.atr.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import vn.atr.store.ScratchDatabases;
import vn.atr.store.StoreLocation;

/**
 * The PostgreSQL server a benchmark measures (ADR 0140): the one given with {@code --pg} (its role creates
 * and drops the benchmark's own databases; credentials from the environment or pgpass, as for {@code --db}),
 * else a throw-away cluster started from the server binaries installed here. Without either, the engine is
 * named and skipped.
 */
final class BenchPostgresql implements AutoCloseable {
    private final ThrowawayCluster cluster;
    private final ScratchDatabases databases;
    private final String description;

    private BenchPostgresql(ThrowawayCluster cluster, ScratchDatabases databases, String description) {
        this.cluster = cluster;
        this.databases = databases;
        this.description = description;
    }

    /** The server to measure, or empty (said on {@code out}) when there is none. */
    static Optional<BenchPostgresql> open(String given, PrintStream out) throws IOException {
        if (given != null) {
            StoreLocation server = StoreLocation.parse(given);
            if (!server.isPostgresql()) {
                throw new IllegalArgumentException("--pg takes postgresql://HOST:PORT/DATABASE: " + given);
            }
            ScratchDatabases databases = new ScratchDatabases(server);
            return Optional.of(new BenchPostgresql(null, databases, "server " + server + ", PostgreSQL "
                    + databases.serverVersion()));
        }
        Optional<Path> bin = ThrowawayCluster.binaries();
        if (bin.isEmpty()) {
            out.println("  postgresql: no --pg server given and no PostgreSQL binaries under /usr/lib/postgresql;"
                    + " skipped");
            return Optional.empty();
        }
        ThrowawayCluster cluster = ThrowawayCluster.start(bin.get(), ThrowawayCluster.BENCH_SETTINGS);
        ScratchDatabases databases = new ScratchDatabases(StoreLocation.parse(cluster.url()));
        return Optional.of(new BenchPostgresql(cluster, databases, "throw-away cluster (" + bin.get()
                + ", PostgreSQL " + databases.serverVersion() + ", fsync on, shared_buffers 256 MB) on " + cluster.url()));
    }

    /** A new empty database for one store of the run. */
    StoreLocation database(String name) {
        return databases.create(name);
    }

    /** CPU time of the server's processes so far, or -1 when the server is not this machine's own cluster. */
    long serverCpuNanos() {
        return cluster == null ? -1 : cluster.cpuNanos();
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            databases.close();
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }
}
