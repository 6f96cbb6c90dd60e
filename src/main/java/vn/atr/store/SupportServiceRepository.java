package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.atr.domain.Meta;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.SupportService;
import vn.atr.domain.SupportType;
import vn.atr.domain.Violation;

public final class SupportServiceRepository extends RecordRepository<SupportService> {

    public SupportServiceRepository(Database db) {
        super(db);
    }

    public List<SupportService> listForVictim(String victimId) {
        return db.read(c -> query(c,
                "SELECT * FROM support_service WHERE victim_id = ? AND deleted = 0 ORDER BY service_date", victimId));
    }

    @Override
    protected String table() {
        return "support_service";
    }

    @Override
    protected String periodColumn() {
        return "service_date";
    }

    @Override
    protected List<String> dataColumns() {
        return List.of("unit_code", "victim_id", "support_type", "service_date", "provider", "amount_vnd", "notes");
    }

    @Override
    protected void bindData(PreparedStatement ps, int i, SupportService s) throws SQLException {
        ps.setString(i, s.unitCode());
        ps.setString(i + 1, s.victimId());
        ps.setString(i + 2, Columns.name(s.type()));
        Columns.setDate(ps, i + 3, s.serviceDate());
        ps.setString(i + 4, s.provider());
        ps.setLong(i + 5, s.amountVnd());
        ps.setString(i + 6, s.notes());
    }

    @Override
    protected SupportService map(ResultSet rs, Meta meta) throws SQLException {
        return new SupportService(meta, rs.getString("unit_code"), rs.getString("victim_id"),
                Columns.enumValue(rs, "support_type", SupportType.class), Columns.date(rs, "service_date"),
                rs.getString("provider"), rs.getLong("amount_vnd"), rs.getString("notes"));
    }

    @Override
    protected Meta meta(SupportService s) {
        return s.meta();
    }

    @Override
    protected SupportService withMeta(SupportService s, Meta meta) {
        return s.withMeta(meta);
    }

    @Override
    protected List<Violation> validate(SupportService s) {
        return RecordValidator.validate(s);
    }
}
