package vn.atr.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Tells, without starting Flyway, whether a store's schema is already current: the migration scripts
 * its {@code flyway_schema_history} records as applied are exactly the scripts on the class path, and
 * none failed. Starting Flyway (its class loading, class-path scan, validation and lock) was about a
 * quarter of a second of every start for nothing once the store is up to date (ADR 0061). Whenever
 * anything differs, or the scripts cannot be listed, Flyway runs as before and decides.
 */
final class MigrationScripts {
    static final String LOCATION = "db/migration";
    /** Portable scripts both engines run (ADR 0101); listed with each engine's own. */
    static final String COMMON = "db/common";
    static final String POSTGRESQL = "db/postgresql";
    private static volatile Optional<Set<String>> onClassPath;
    private static volatile Optional<Set<String>> postgresqlOnClassPath;

    private MigrationScripts() {
    }

    /** True when nothing is pending: the applied scripts (all successful) are exactly those shipped. */
    static boolean current(Connection c) throws SQLException {
        Optional<Set<String>> shipped = onClassPath();
        if (shipped.isEmpty() || shipped.get().isEmpty() || shipped.get().stream().anyMatch(n -> n.startsWith("R"))) {
            return false; // nothing listed, or repeatable scripts (re-applied when changed): Flyway decides
        }
        Optional<Set<String>> applied = applied(c);
        return applied.isPresent() && applied.get().equals(shipped.get());
    }

    /**
     * The newest schema version recorded in the store when it is newer than every script this program
     * ships (a store written by a newer ATR, or a restored one): such a store is never opened for
     * writing, since this program does not know what the newer version changed. Empty otherwise, or
     * when the shipped scripts cannot be listed.
     */
    static Optional<String> newerThanProgram(Connection c) throws SQLException {
        return newerThanProgram(c, Dialect.SQLITE);
    }

    static Optional<String> newerThanProgram(Connection c, Dialect dialect) throws SQLException {
        Optional<Set<String>> shipped = dialect == Dialect.SQLITE ? onClassPath() : postgresqlOnClassPath();
        if (shipped.isEmpty() || shipped.get().isEmpty() || !dialect.tableExists(c, "flyway_schema_history")) {
            return Optional.empty();
        }
        String newestShipped = versions(shipped.get()).max(MigrationScripts::compareVersions).orElse("0");
        String newestApplied = newestApplied(c);
        return newestApplied != null && compareVersions(newestApplied, newestShipped) > 0
                ? Optional.of(newestApplied) : Optional.empty();
    }

    /**
     * How many shipped versioned scripts are newer than the store's newest applied one: the steps an upgrade of
     * a store with a schema will take (0 when none, or when the scripts cannot be listed).
     */
    static int pending(Connection c, Dialect dialect) throws SQLException {
        Optional<Set<String>> shipped = dialect == Dialect.SQLITE ? onClassPath() : postgresqlOnClassPath();
        if (shipped.isEmpty() || !dialect.tableExists(c, "flyway_schema_history")) {
            return 0;
        }
        String newestApplied = newestApplied(c);
        return (int) versions(shipped.get())
                .filter(v -> newestApplied == null || compareVersions(v, newestApplied) > 0).count();
    }

    /** The versions of the versioned scripts among {@code names} ("V3_1__x.sql" is "3.1"). */
    private static java.util.stream.Stream<String> versions(Set<String> names) {
        return names.stream().filter(n -> n.startsWith("V"))
                .map(n -> n.substring(1, n.indexOf("__") < 0 ? n.length() : n.indexOf("__")).replace('_', '.'));
    }

    private static String newestApplied(Connection c) throws SQLException {
        String newest = null;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            while (rs.next()) {
                String v = rs.getString(1);
                if (newest == null || compareVersions(v, newest) > 0) {
                    newest = v;
                }
            }
        }
        return newest;
    }

    /** Flyway's order of versions such as "3.1", "8", "11": numerically, part by part. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? parsePart(x[i]) : 0;
            long q = i < y.length ? parsePart(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private static long parsePart(String part) {
        try {
            return Long.parseLong(part.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // not a number: not a version this program wrote, so treat it as newer
        }
    }

    private static boolean hasHistory(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet t = s.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
            return t.next() && t.getInt(1) > 0;
        }
    }

    /**
     * The scripts recorded as applied, by file name; empty when there is no history table or any
     * entry is not a plain successful SQL migration (failed, baseline, undo...): Flyway then decides.
     */
    static Optional<Set<String>> applied(Connection c) throws SQLException {
        if (!hasHistory(c)) {
            return Optional.empty();
        }
        Set<String> scripts = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT script, type, success FROM flyway_schema_history")) {
            while (rs.next()) {
                if (!"SQL".equals(rs.getString(2)) || rs.getInt(3) != 1 || !scripts.add(rs.getString(1))) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(scripts);
    }

    /** The migration file names under {@value #LOCATION} in every class-path root; empty if one cannot be listed. */
    static Optional<Set<String>> onClassPath() {
        Optional<Set<String>> known = onClassPath;
        if (known == null) {
            known = list(MigrationScripts.class.getClassLoader());
            onClassPath = known;
        }
        return known;
    }

    /** The PostgreSQL scripts and the shared ones, as {@link #onClassPath()} for SQLite. */
    static Optional<Set<String>> postgresqlOnClassPath() {
        Optional<Set<String>> known = postgresqlOnClassPath;
        if (known == null) {
            known = list(MigrationScripts.class.getClassLoader(), POSTGRESQL, COMMON);
            postgresqlOnClassPath = known;
        }
        return known;
    }

    static Optional<Set<String>> list(ClassLoader loader) {
        return list(loader, LOCATION, COMMON);
    }

    private static Optional<Set<String>> list(ClassLoader loader, String... locations) {
        Set<String> names = new HashSet<>();
        try {
            for (String location : locations) {
                Enumeration<URL> roots = loader.getResources(location);
                while (roots.hasMoreElements()) {
                    if (!addScripts(roots.nextElement(), location, names)) {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(names);
    }

    private static boolean addScripts(URL root, String location, Set<String> names) throws IOException, URISyntaxException {
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                files.map(f -> f.getFileName().toString()).filter(MigrationScripts::isScript).forEach(names::add);
            }
            return true;
        }
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            return false; // an unknown kind of class-path root: let Flyway scan it
        }
        JarFile jar = jarConnection.getJarFile(); // the class loader's cached copy: not closed here
        String prefix = location + "/";
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                String file = name.substring(prefix.length());
                if (isScript(file)) {
                    names.add(file);
                }
            }
        }
        return true;
    }

    /** Flyway's SQL migrations: versioned {@code V..__x.sql}, repeatable {@code R__x.sql}, undo {@code U..}. */
    private static boolean isScript(String file) {
        return file.endsWith(".sql") && !file.isEmpty() && "VRU".indexOf(file.charAt(0)) >= 0;
    }
}
