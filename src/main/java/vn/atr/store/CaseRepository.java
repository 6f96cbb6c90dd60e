package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.atr.domain.CaseScope;
import vn.atr.domain.CaseStatus;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.Meta;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Violation;

public final class CaseRepository extends RecordRepository<TraffickingCase> {

    public CaseRepository(Database db) {
        super(db);
    }

    @Override
    protected String table() {
        return "trafficking_case";
    }

    @Override
    protected String periodColumn() {
        return "detection_date";
    }

    @Override
    protected List<String> dataColumns() {
        return List.of("unit_code", "case_code", "detection_date", "detecting_agency", "scope", "destination_country",
                "exploitation_forms", "status", "suspects", "notes");
    }

    @Override
    protected void bindData(PreparedStatement ps, int i, TraffickingCase t) throws SQLException {
        ps.setString(i, t.unitCode());
        ps.setString(i + 1, t.caseCode());
        Columns.setDate(ps, i + 2, t.detectionDate());
        ps.setString(i + 3, Columns.name(t.detectingAgency()));
        ps.setString(i + 4, Columns.name(t.scope()));
        ps.setString(i + 5, t.destinationCountry());
        ps.setString(i + 6, Columns.setOf(t.exploitationForms()));
        ps.setString(i + 7, Columns.name(t.status()));
        ps.setInt(i + 8, t.suspects());
        ps.setString(i + 9, t.notes());
    }

    @Override
    protected TraffickingCase map(ResultSet rs, Meta meta) throws SQLException {
        return new TraffickingCase(meta, rs.getString("unit_code"), rs.getString("case_code"),
                Columns.date(rs, "detection_date"), Columns.enumValue(rs, "detecting_agency", DetectingAgency.class),
                Columns.enumValue(rs, "scope", CaseScope.class), rs.getString("destination_country"),
                Columns.enumSet(rs.getString("exploitation_forms"), ExploitationForm.class),
                Columns.enumValue(rs, "status", CaseStatus.class), rs.getInt("suspects"), rs.getString("notes"));
    }

    @Override
    protected Meta meta(TraffickingCase t) {
        return t.meta();
    }

    @Override
    protected TraffickingCase withMeta(TraffickingCase t, Meta meta) {
        return t.withMeta(meta);
    }

    @Override
    protected List<Violation> validate(TraffickingCase t) {
        return RecordValidator.validate(t);
    }
}
