package vn.atr.service.xlsximport;

import vn.atr.store.EngineUnderTest;

/** {@link ActivityTotalsPathsTest} on a real PostgreSQL: each store of the test is a database of its own. */
class ActivityTotalsPathsPgTest extends ActivityTotalsPathsTest implements EngineUnderTest.OnPostgresql {
}
