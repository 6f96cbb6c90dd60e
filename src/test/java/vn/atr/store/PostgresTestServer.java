package vn.atr.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
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

    /**
     * A new database migrated only up to schema {@code version}, as that release of ATR left a PostgreSQL store:
     * the start of an upgrade test ({@link StoreTestSupport#atSchema} for a file).
     */
    public StoreLocation atSchema(String version) {
        StoreLocation location = emptyDatabase();
        org.flywaydb.core.Flyway.configure().dataSource(location.jdbcUrl(), credentials.getProperty("user"),
                credentials.getProperty("password")).locations("classpath:db/postgresql", "classpath:db/common")
                .target(version).load().migrate();
        return location;
    }

    /** A plain JDBC connection to {@code location}, for tests that look at a store from outside. */
    public Connection connect(StoreLocation location) throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl(), credentials);
    }

    /** How many tables the public schema of {@code location} holds (a check that must create none). */
    public long tableCount(StoreLocation location) throws SQLException {
        try (Connection c = connect(location); Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A local port nothing listens on: the address of a server that does not answer (no PostgreSQL needed). */
    public static int closedPort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
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
        Path bin = vn.atr.bench.ThrowawayCluster.binaries()
                .orElseThrow(() -> new IOException("no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)"));
        // A test cluster: durability off, it dies with the JVM anyway.
        vn.atr.bench.ThrowawayCluster cluster = vn.atr.bench.ThrowawayCluster.start(bin, "-c fsync=off"
                + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=60");
        // At the JVM's end the server is killed outright: waiting for pg_ctl on a loaded machine can outlast
        // the time surefire gives a fork to exit.
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::kill));
        Properties p = new Properties();
        p.setProperty("user", System.getProperty("user.name"));
        String url = "jdbc:" + cluster.url();
        return new PostgresTestServer(url.substring(0, url.lastIndexOf('/') + 1), "postgres", p);
    }
}
