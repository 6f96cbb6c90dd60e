package vn.atr.service.exchange;

import vn.atr.store.EngineUnderTest;

/** {@link BatchImportTest} on a real PostgreSQL: each store file of the test is a database of its own. */
class BatchImportPgTest extends BatchImportTest implements EngineUnderTest.OnPostgresql {
}
