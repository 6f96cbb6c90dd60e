package vn.atr.service;

import vn.atr.store.EngineUnderTest;

/** {@link SampleRemovalTest} on a real PostgreSQL. */
class SampleRemovalPgTest extends SampleRemovalTest implements EngineUnderTest.OnPostgresql {
}
