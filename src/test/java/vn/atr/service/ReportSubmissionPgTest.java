package vn.atr.service;

import java.nio.file.Path;
import vn.atr.store.PostgresTestServer;
import vn.atr.store.StoreLocation;

/** {@link ReportSubmissionTest} on a real PostgreSQL: each store file of the test is a database of its own. */
class ReportSubmissionPgTest extends ReportSubmissionTest {
    @Override
    StoreLocation store(Path file) {
        return PostgresTestServer.get().databaseFor(file);
    }
}
