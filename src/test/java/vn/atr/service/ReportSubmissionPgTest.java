package vn.atr.service;

import vn.atr.store.EngineUnderTest;

/** {@link ReportSubmissionTest} on a real PostgreSQL: each store file of the test is a database of its own. */
class ReportSubmissionPgTest extends ReportSubmissionTest implements EngineUnderTest.OnPostgresql {
}
