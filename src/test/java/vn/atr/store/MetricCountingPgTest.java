package vn.atr.store;

/** {@link MetricCountingTest} on a real PostgreSQL: the day arithmetic is the dialect's. */
class MetricCountingPgTest extends MetricCountingTest implements EngineUnderTest.OnPostgresql {
}
