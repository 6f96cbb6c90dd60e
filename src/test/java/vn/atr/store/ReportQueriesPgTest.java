package vn.atr.store;

/** {@link ReportQueriesTest} on a real PostgreSQL: the sample store is a database of its own. */
class ReportQueriesPgTest extends ReportQueriesTest implements EngineUnderTest.OnPostgresql {
}
