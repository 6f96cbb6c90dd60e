package vn.atr.service.exchange;

import vn.atr.store.EngineUnderTest;

/** {@link StalePlanTest} on a real PostgreSQL, where two compilers write to one store. */
class StalePlanPgTest extends StalePlanTest implements EngineUnderTest.OnPostgresql {
}
