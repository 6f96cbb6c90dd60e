package vn.atr.service.exchange;

import vn.atr.store.EngineUnderTest;

/** {@link SenderAuditHeadTest} with the city on a real PostgreSQL (the ward stays a SQLite file). */
class SenderAuditHeadPgTest extends SenderAuditHeadTest implements EngineUnderTest.OnPostgresql {
}
