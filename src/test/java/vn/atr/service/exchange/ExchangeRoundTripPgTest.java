package vn.atr.service.exchange;

import vn.atr.store.EngineUnderTest;

/** {@link ExchangeRoundTripTest} on a real PostgreSQL: each store file of the test is a database of its own. */
class ExchangeRoundTripPgTest extends ExchangeRoundTripTest implements EngineUnderTest.OnPostgresql {
}
