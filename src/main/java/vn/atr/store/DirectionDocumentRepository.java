package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import vn.atr.domain.DirectionDocument;
import vn.atr.domain.DocumentKind;
import vn.atr.domain.Meta;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.Violation;

/** Direction documents: versioned records like every other, soft-deleted. */
public final class DirectionDocumentRepository extends RecordRepository<DirectionDocument> {

    public DirectionDocumentRepository(Database db) {
        super(db);
    }

    /** The documents issued from {@code from} to {@code to} (inclusive), oldest first. */
    public List<DirectionDocument> issuedBetween(LocalDate from, LocalDate to) {
        return db.read(c -> query(c, "SELECT * FROM direction_document WHERE deleted = 0 AND issued_on BETWEEN ? AND ?"
                + " ORDER BY issued_on, doc_number", from.toString(), to.toString()));
    }

    @Override
    protected String table() {
        return "direction_document";
    }

    @Override
    protected List<String> dataColumns() {
        return List.of("unit_code", "doc_kind", "doc_number", "issued_on", "issuer", "title");
    }

    @Override
    protected void bindData(PreparedStatement ps, int i, DirectionDocument d) throws SQLException {
        ps.setString(i, d.unitCode());
        ps.setString(i + 1, Columns.name(d.kind()));
        ps.setString(i + 2, d.number());
        Columns.setDate(ps, i + 3, d.issuedOn());
        ps.setString(i + 4, d.issuer());
        ps.setString(i + 5, d.title());
    }

    @Override
    protected DirectionDocument map(ResultSet rs, Meta meta) throws SQLException {
        return new DirectionDocument(meta, rs.getString("unit_code"), Columns.enumValue(rs, "doc_kind", DocumentKind.class),
                rs.getString("doc_number"), Columns.date(rs, "issued_on"), rs.getString("issuer"), rs.getString("title"));
    }

    @Override
    protected Meta meta(DirectionDocument d) {
        return d.meta();
    }

    @Override
    protected DirectionDocument withMeta(DirectionDocument d, Meta meta) {
        return d.withMeta(meta);
    }

    @Override
    protected List<Violation> validate(DirectionDocument d) {
        return RecordValidator.validate(d);
    }
}
