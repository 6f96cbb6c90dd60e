package vn.atr.store;

/** {@link SigningGrantTest} on a real PostgreSQL, where two users' connections can interleave. */
class SigningGrantPgTest extends SigningGrantTest implements EngineUnderTest.OnPostgresql {
}
