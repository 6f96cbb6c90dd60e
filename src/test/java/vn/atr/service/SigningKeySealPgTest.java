package vn.atr.service;

import vn.atr.store.EngineUnderTest;

/** {@link SigningKeySealTest} on a real PostgreSQL: each store file of the test is a database of its own. */
class SigningKeySealPgTest extends SigningKeySealTest implements EngineUnderTest.OnPostgresql {
    /** Not run here: the server keeps its own files and log (its storage is the server's to protect). */
    @Override
    void theSealedKeyLeavesTheFileAndItsLog() {
    }
}
