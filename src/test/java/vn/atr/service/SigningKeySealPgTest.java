package vn.atr.service;

import vn.atr.store.EngineUnderTest;

/** {@link SigningKeySealTest} on a real PostgreSQL: each store file of the test is a database of its own. */
class SigningKeySealPgTest extends SigningKeySealTest implements EngineUnderTest.OnPostgresql {
}
