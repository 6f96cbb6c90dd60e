package vn.atr.service;

import vn.atr.store.EngineUnderTest;

/** {@link ActivitySearchTest} on a real PostgreSQL. */
class ActivitySearchPgTest extends ActivitySearchTest implements EngineUnderTest.OnPostgresql {
}
