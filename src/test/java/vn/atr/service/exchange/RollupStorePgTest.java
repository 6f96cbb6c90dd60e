package vn.atr.service.exchange;

import vn.atr.store.EngineUnderTest;

/** {@link RollupStoreTest} on a real PostgreSQL: each store file of the test is a database of its own. */
class RollupStorePgTest extends RollupStoreTest implements EngineUnderTest.OnPostgresql {
}
