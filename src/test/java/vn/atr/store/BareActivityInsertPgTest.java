package vn.atr.store;

/** {@link BareActivityInsertTest} on a real PostgreSQL. */
class BareActivityInsertPgTest extends BareActivityInsertTest implements EngineUnderTest.OnPostgresql {
}
