package vn.atr.service.exchange;

import vn.atr.store.EngineUnderTest;

/** {@link PackageTrustTest} on a real PostgreSQL: each store file of the test is a database of its own. */
class PackageTrustPgTest extends PackageTrustTest implements EngineUnderTest.OnPostgresql {
}
