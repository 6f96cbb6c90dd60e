package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.atr.domain.Meta;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.Violation;

public final class OutreachMetricRepository extends RecordRepository<OutreachMetric> {

    public OutreachMetricRepository(Database db) {
        super(db);
    }

    @Override
    protected String table() {
        return "outreach_metric";
    }

    @Override
    protected String periodColumn() {
        return "period_to";
    }

    @Override
    protected String periodStartColumn() {
        return "period_from";
    }

    @Override
    protected List<String> dataColumns() {
        return List.of("unit_code", "metric_type", "period_from", "period_to", "value", "notes");
    }

    @Override
    protected void bindData(PreparedStatement ps, int i, OutreachMetric m) throws SQLException {
        ps.setString(i, m.unitCode());
        ps.setString(i + 1, m.metricType());
        Columns.setDate(ps, i + 2, m.periodFrom());
        Columns.setDate(ps, i + 3, m.periodTo());
        ps.setLong(i + 4, m.value());
        ps.setString(i + 5, m.notes());
    }

    @Override
    protected OutreachMetric map(ResultSet rs, Meta meta) throws SQLException {
        return new OutreachMetric(meta, rs.getString("unit_code"), rs.getString("metric_type"),
                Columns.date(rs, "period_from"), Columns.date(rs, "period_to"), rs.getLong("value"),
                rs.getString("notes"));
    }

    @Override
    protected Meta meta(OutreachMetric m) {
        return m.meta();
    }

    @Override
    protected OutreachMetric withMeta(OutreachMetric m, Meta meta) {
        return m.withMeta(meta);
    }

    @Override
    protected List<Violation> validate(OutreachMetric m) {
        return RecordValidator.validate(m);
    }
}
