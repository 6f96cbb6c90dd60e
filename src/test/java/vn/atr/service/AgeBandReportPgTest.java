package vn.atr.service;

import vn.atr.store.EngineUnderTest;

/** {@link AgeBandReportTest} on a real PostgreSQL. */
class AgeBandReportPgTest extends AgeBandReportTest implements EngineUnderTest.OnPostgresql {
}
