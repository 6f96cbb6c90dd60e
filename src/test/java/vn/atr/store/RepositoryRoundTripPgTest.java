package vn.atr.store;

/** {@link RepositoryRoundTripTest} on a real PostgreSQL database, fresh for each test. */
class RepositoryRoundTripPgTest extends RepositoryRoundTripTest {
    @Override
    Database openStore() {
        return Database.open(PostgresTestServer.get().freshDatabase());
    }
}
