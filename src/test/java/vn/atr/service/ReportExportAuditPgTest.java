package vn.atr.service;

import vn.atr.store.EngineUnderTest;

/** {@link ReportExportAuditTest} on a real PostgreSQL: each store file of the test is a database of its own. */
class ReportExportAuditPgTest extends ReportExportAuditTest implements EngineUnderTest.OnPostgresql {
}
