package vn.atr.service.exchange;

import java.nio.file.Path;
import vn.atr.store.PostgresTestServer;
import vn.atr.store.StoreLocation;

/** {@link CityMergeTest} on a real PostgreSQL: each store file of the test is a database of its own. */
class CityMergePgTest extends CityMergeTest {
    @Override
    StoreLocation store(Path file) {
        return PostgresTestServer.get().databaseFor(file);
    }
}
