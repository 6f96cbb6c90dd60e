package vn.atr.store;

import java.nio.file.Path;

/**
 * The engine a store test runs on. A test class written for files implements this (its stores are
 * the files themselves); its {@code ...PgTest} subclass adds {@link OnPostgresql} and runs the same
 * tests with each file standing for a PostgreSQL database of its own.
 */
public interface EngineUnderTest {
    /** The store standing for {@code file}. */
    default StoreLocation store(Path file) {
        return StoreLocation.file(file);
    }

    /** The same tests on a real PostgreSQL ({@link PostgresTestServer}). */
    interface OnPostgresql extends EngineUnderTest {
        @Override
        default StoreLocation store(Path file) {
            return PostgresTestServer.get().databaseFor(file);
        }
    }
}
