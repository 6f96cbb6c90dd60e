package vn.atr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.Topic;
import vn.atr.domain.Violation;

public final class ActivityRepository extends RecordRepository<Activity> {

    public ActivityRepository(Database db) {
        super(db);
    }

    @Override
    protected String table() {
        return "activity";
    }

    @Override
    protected String periodColumn() {
        return "start_date";
    }

    @Override
    protected List<String> dataColumns() {
        return List.of("unit_code", "type_code", "start_date", "end_date", "title", "lead_org", "partner_orgs",
                "topics", "target_group", "participants", "quantity", "notes");
    }

    @Override
    protected void bindData(PreparedStatement ps, int i, Activity a) throws SQLException {
        ps.setString(i, a.unitCode());
        ps.setString(i + 1, a.typeCode());
        Columns.setDate(ps, i + 2, a.startDate());
        Columns.setDate(ps, i + 3, a.endDate());
        ps.setString(i + 4, a.title());
        ps.setString(i + 5, a.leadOrg());
        ps.setString(i + 6, Columns.listOf(a.partnerOrgs()));
        ps.setString(i + 7, Columns.setOf(a.topics()));
        ps.setString(i + 8, a.targetGroup());
        ps.setInt(i + 9, a.participants());
        ps.setLong(i + 10, a.quantity());
        ps.setString(i + 11, a.notes());
    }

    @Override
    protected Activity map(ResultSet rs, Meta meta) throws SQLException {
        return new Activity(meta, rs.getString("unit_code"), rs.getString("type_code"),
                Columns.date(rs, "start_date"), Columns.date(rs, "end_date"), rs.getString("title"),
                rs.getString("lead_org"), Columns.list(rs.getString("partner_orgs")),
                Columns.enumSet(rs.getString("topics"), Topic.class), rs.getString("target_group"),
                rs.getInt("participants"), rs.getLong("quantity"), rs.getString("notes"));
    }

    @Override
    protected Meta meta(Activity a) {
        return a.meta();
    }

    @Override
    protected Activity withMeta(Activity a, Meta meta) {
        return a.withMeta(meta);
    }

    /** The activity totals follow every write: the rows it replaces out, the live rows it writes in (ADR 0105). */
    @Override
    protected AfterWrite beforeWrite(Connection c, List<Activity> records, java.util.Collection<String> replacing)
            throws SQLException {
        DayTotals totals = new DayTotals(BulkInsert.of(db.dialect()));
        // An id given twice is written twice: the last one is what stays.
        java.util.Map<String, Activity> last = new java.util.LinkedHashMap<>();
        records.forEach(a -> last.put(a.meta().id(), a));
        if (!replacing.isEmpty()) { // only rows that may be stored are read back (none in a merge of new records)
            totals.subtractStored(c, new java.util.LinkedHashSet<>(replacing)); // an id given twice: read once
        }
        last.values().forEach(totals::add);
        return totals::apply;
    }

    /**
     * The store's own activities of the period, then those a roll-up store holds as its senders' parts (ADR 0203):
     * a province's roll-up store sends its communes' activities on in its own package.
     */
    @Override
    public void forEachInPeriod(java.time.LocalDate from, java.time.LocalDate to, java.util.Collection<String> units,
                                java.util.function.Consumer<Activity> each) {
        super.forEachInPeriod(from, to, units, each);
        new RollupParts(db).forEach(from, to, units, each);
    }

    /** The activity indexes a large merge may set aside until its transaction ends (ADR 0165). */
    public BulkIndexes bulkIndexes() {
        return new BulkIndexes(db, table());
    }

    @Override
    protected List<Violation> validate(Activity a) {
        return RecordValidator.validate(a);
    }
}
