package vn.atr.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL for the tests, one per test JVM: the server named by ATR_TEST_PG_URL (credentials
 * from ATR_DB_USER / ATR_DB_PASSWORD_FILE, a role allowed to create databases), else a throw-away
 * cluster started from Debian's binaries (/usr/lib/postgresql/N/bin) in a temporary folder, on a free
 * port, trusting local connections, stopped and deleted when the JVM ends. Without either, tests that
 * need it are skipped, except under CI=true where that is a failure: the PostgreSQL leg must run there.
 */
public final class PostgresTestServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final java.util.Map<Path, StoreLocation> BY_FILE = new java.util.concurrent.ConcurrentHashMap<>();
    private static PostgresTestServer instance;
    private static String unavailable;

    private final String baseUrl; // jdbc:postgresql://host:port/
    private final String adminDatabase;
    private final Properties credentials;
    private String template;

    private PostgresTestServer(String baseUrl, String adminDatabase, Properties credentials) {
        this.baseUrl = baseUrl;
        this.adminDatabase = adminDatabase;
        this.credentials = credentials;
    }

    /** The shared server; skips (or fails under CI=true) the calling test when none can be had. */
    public static synchronized PostgresTestServer get() {
        if (instance == null && unavailable == null) {
            try {
                instance = start();
            } catch (Exception e) {
                unavailable = e.toString();
            }
        }
        if (instance == null) {
            String why = "no PostgreSQL for the tests: " + unavailable;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        return instance;
    }

    /** A new, empty database on the server, as a store location ATR opens like any other. */
    public StoreLocation emptyDatabase() {
        return create("TEMPLATE template0 ENCODING 'UTF8'");
    }

    /**
     * A new store database, as {@code atr init} leaves it but with an installation id of its own: a copy
     * of one database migrated once per JVM (running the eighteen migrations for every test store
     * would cost about a second each).
     */
    public synchronized StoreLocation freshDatabase() {
        if (template == null) {
            StoreLocation t = emptyDatabase();
            Database.open(t).close();
            template = t.toString().substring(t.toString().lastIndexOf('/') + 1);
        }
        StoreLocation fresh = create("TEMPLATE " + template);
        try (Connection c = connect(fresh); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE setting SET value = gen_random_uuid()::text WHERE key = 'exchange.installationId'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare a test database: " + e.getMessage(), e);
        }
        return fresh;
    }

    private StoreLocation create(String how) {
        String name = "atr_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(baseUrl + adminDatabase, credentials);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " " + how);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        return StoreLocation.parse(baseUrl.substring("jdbc:".length()) + name);
    }

    /**
     * The database standing for the store file {@code file} in a test written for files: the same file
     * name gives the same database, so a test that closes and reopens "its file" reopens its database.
     */
    public StoreLocation databaseFor(Path file) {
        return BY_FILE.computeIfAbsent(file.toAbsolutePath(), f -> freshDatabase());
    }

    /** The database {@link #databaseFor(Path)} gave for {@code file}, if any. */
    public static java.util.Optional<StoreLocation> mapped(Path file) {
        return java.util.Optional.ofNullable(BY_FILE.get(file.toAbsolutePath()));
    }

    /** The server's maintenance database as a {@code postgresql://} URL (what {@code atr bench --pg} takes). */
    public String maintenanceUrl() {
        return baseUrl.substring("jdbc:".length()) + adminDatabase;
    }

    /** A plain JDBC connection to {@code location}, for tests that look at a store from outside. */
    public Connection connect(StoreLocation location) throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl(), credentials);
    }

    private static PostgresTestServer start() throws Exception {
        String given = System.getenv("ATR_TEST_PG_URL");
        if (given != null && !given.isBlank()) {
            StoreLocation server = StoreLocation.parse(given);
            String url = server.jdbcUrl();
            int slash = url.indexOf('/', "jdbc:postgresql://".length());
            return new PostgresTestServer(url.substring(0, slash + 1), url.substring(slash + 1),
                    server.connectionProperties());
        }
        return startCluster();
    }

    private static PostgresTestServer startCluster() throws Exception {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("atr-pg");
        Path data = dir.resolve("data");
        String superuser = System.getProperty("user.name");
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()), false);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", superuser, "--auth=trust",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), root);
        // A test cluster: durability off, it dies with the JVM anyway.
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                "-w", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=60", "start"), root);
        // At the JVM's end the server is killed outright (a throw-away cluster has nothing to flush): waiting
        // for pg_ctl on a loaded machine can outlast the time surefire gives a fork to exit.
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
            deleteQuietly(dir);
        }));
        Properties p = new Properties();
        p.setProperty("user", superuser);
        return new PostgresTestServer("jdbc:postgresql://127.0.0.1:" + port + "/", "postgres", p);
    }

    private static Path binaries() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            throw new IOException("no " + base + " (apt-get install postgresql)");
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IOException("no PostgreSQL binaries under " + base));
        }
    }

    /** Runs a server binary; as root through runuser, since PostgreSQL refuses to run as root. */
    private static void run(List<String> command, boolean asPostgres) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", full) + " failed: " + output);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
