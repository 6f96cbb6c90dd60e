package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.Meta;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.ReturnPath;
import vn.atr.domain.Sex;
import vn.atr.domain.Victim;
import vn.atr.domain.Violation;

/** Victims' statistical records. Personal identifiers are in {@link VictimIdentityRepository}. */
public final class VictimRepository extends RecordRepository<Victim> {

    public VictimRepository(Database db) {
        super(db);
    }

    public List<Victim> listForCase(String caseId) {
        return db.read(c -> query(c, "SELECT * FROM victim WHERE case_id = ? AND deleted = 0 ORDER BY victim_code",
                caseId));
    }

    @Override
    protected String table() {
        return "victim";
    }

    @Override
    protected List<String> dataColumns() {
        return List.of("unit_code", "case_id", "victim_code", "sex", "birth_year", "age_band", "ethnicity",
                "destination_country", "trafficked_within_vietnam", "residence_province_code", "legal_status",
                "exploitation_forms", "return_path", "identification_date", "returned_date", "consent_to_data_use",
                "notes");
    }

    @Override
    protected void bindData(PreparedStatement ps, int i, Victim v) throws SQLException {
        ps.setString(i, v.unitCode());
        ps.setString(i + 1, v.caseId());
        ps.setString(i + 2, v.victimCode());
        ps.setString(i + 3, Columns.name(v.sex()));
        Columns.setInteger(ps, i + 4, v.birthYear());
        ps.setString(i + 5, v.ageBand());
        ps.setString(i + 6, v.ethnicity());
        ps.setString(i + 7, v.destinationCountry());
        ps.setInt(i + 8, v.traffickedWithinVietnam() ? 1 : 0);
        ps.setString(i + 9, v.residenceProvinceCode());
        ps.setString(i + 10, Columns.name(v.legalStatus()));
        ps.setString(i + 11, Columns.setOf(v.exploitationForms()));
        ps.setString(i + 12, Columns.name(v.returnPath()));
        Columns.setDate(ps, i + 13, v.identificationDate());
        Columns.setDate(ps, i + 14, v.returnedDate());
        ps.setInt(i + 15, v.consentToDataUse() ? 1 : 0);
        ps.setString(i + 16, v.notes());
    }

    @Override
    protected Victim map(ResultSet rs, Meta meta) throws SQLException {
        return new Victim(meta, rs.getString("unit_code"), rs.getString("case_id"), rs.getString("victim_code"),
                Columns.enumValue(rs, "sex", Sex.class), Columns.integer(rs, "birth_year"),
                rs.getString("age_band"), rs.getString("ethnicity"),
                rs.getString("destination_country"), rs.getInt("trafficked_within_vietnam") != 0,
                rs.getString("residence_province_code"), Columns.enumValue(rs, "legal_status", LegalStatus.class),
                Columns.enumSet(rs.getString("exploitation_forms"), ExploitationForm.class),
                Columns.enumValue(rs, "return_path", ReturnPath.class), Columns.date(rs, "identification_date"),
                Columns.date(rs, "returned_date"), rs.getInt("consent_to_data_use") != 0, rs.getString("notes"));
    }

    @Override
    protected Meta meta(Victim v) {
        return v.meta();
    }

    @Override
    protected Victim withMeta(Victim v, Meta meta) {
        return v.withMeta(meta);
    }

    @Override
    protected List<Violation> validate(Victim v) {
        return RecordValidator.validate(v);
    }
}
