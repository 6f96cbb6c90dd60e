package vn.atr.store;


/** {@link AuditLogTest} on a real PostgreSQL: each store file of the test is a database of its own. */
class AuditLogPgTest extends AuditLogTest implements EngineUnderTest.OnPostgresql {
    /** The database's owner can switch a trigger off for a moment (ADR 0100: the chain detects it). */
    @Override
    void behindTheTrigger(java.sql.Statement s, String trigger, String sql) throws java.sql.SQLException {
        s.execute("ALTER TABLE audit_log DISABLE TRIGGER " + trigger);
        s.executeUpdate(sql);
        s.execute("ALTER TABLE audit_log ENABLE TRIGGER " + trigger);
    }
}
