package vn.atr.service.exchange;

import vn.atr.store.EngineUnderTest;

/** {@link CityMergeTest} on a real PostgreSQL: each store file of the test is a database of its own. */
class CityMergePgTest extends CityMergeTest implements EngineUnderTest.OnPostgresql {
}
