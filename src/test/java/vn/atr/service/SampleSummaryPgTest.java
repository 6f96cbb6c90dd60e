package vn.atr.service;

import vn.atr.store.EngineUnderTest;

/** {@link SampleSummaryTest} on a real PostgreSQL: each store file of the test is a database of its own. */
class SampleSummaryPgTest extends SampleSummaryTest implements EngineUnderTest.OnPostgresql {
}
