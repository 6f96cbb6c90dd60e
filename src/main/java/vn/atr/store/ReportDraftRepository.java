package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportDraft.Section;
import vn.atr.domain.ReportPeriod;

/** One report draft per reporting period (optimistic version like every record). */
public final class ReportDraftRepository {
    private static final List<String> SECTION_COLUMNS = List.of("legal_basis", "situation", "direction",
            "after_communication", "after_cases", "after_victims", "assessment", "tasks", "recommendations");

    private final Database db;

    public ReportDraftRepository(Database db) {
        this.db = db;
    }

    public Optional<ReportDraft> find(ReportPeriod period) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM report_draft WHERE period_from = ? AND period_to = ?")) {
                ps.setString(1, period.from().toString());
                ps.setString(2, period.to().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs, period)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Inserts (version 0 = new) or updates the draft; the caller's version must still be the stored one.
     * Returns the stored draft with its new version.
     */
    public ReportDraft save(ReportDraft d) {
        return db.transaction(c -> {
            List<String> cols = new ArrayList<>(List.of("doc_number", "doc_date", "signer_title", "signer_name",
                    "recipients", "updated_at"));
            cols.addAll(SECTION_COLUMNS);
            String sql = d.version() == 0
                    ? "INSERT INTO report_draft (" + String.join(", ", cols) + ", version, period_from, period_to)"
                    + " VALUES (" + "?, ".repeat(cols.size()) + "?, ?, ?) ON CONFLICT DO NOTHING"
                    : "UPDATE report_draft SET " + String.join(" = ?, ", cols) + " = ?, version = ?"
                    + " WHERE period_from = ? AND period_to = ? AND status = 'DRAFT' AND version = " + d.version();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, d.number());
                ps.setString(i++, d.date() == null ? null : d.date().toString());
                ps.setString(i++, d.signerTitle());
                ps.setString(i++, d.signerName());
                ps.setString(i++, String.join("\n", d.recipients()));
                ps.setString(i++, Instant.now().toString());
                for (Section s : Section.values()) {
                    ps.setString(i++, d.sections().get(s));
                }
                ps.setInt(i++, d.version() + 1);
                ps.setString(i++, d.period().from().toString());
                ps.setString(i, d.period().to().toString());
                if (ps.executeUpdate() != 1) {
                    throw new StoreException(Messages.get("store.staleVersion", d.period().toString()));
                }
            }
            return new ReportDraft(d.period(), d.number(), d.date(), d.signerTitle(), d.signerName(), d.recipients(),
                    d.sections(), ReportDraft.Status.DRAFT, d.version() + 1);
        });
    }

    /**
     * Deletes the period's draft while it is still a draft (a submitted report is kept, as its figures were
     * frozen when it was sent); true if one was deleted.
     */
    public boolean deleteDraft(ReportPeriod period) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM report_draft WHERE period_from = ? AND period_to = ? AND status = 'DRAFT'")) {
                ps.setString(1, period.from().toString());
                ps.setString(2, period.to().toString());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The submission of a submitted period: when, by whom, and the figures frozen then (JSON). */
    public record Frozen(Instant at, String by, String figures) {
    }

    public Optional<Frozen> frozen(ReportPeriod period) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT submitted_at, submitted_by, frozen_figures"
                    + " FROM report_draft WHERE period_from = ? AND period_to = ? AND status = 'SUBMITTED'")) {
                ps.setString(1, period.from().toString());
                ps.setString(2, period.to().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Frozen(Instant.parse(rs.getString(1)), rs.getString(2),
                            rs.getString(3))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Marks the stored draft (at {@code version}, still a draft) submitted with its frozen figures, or
     * (figures null) reopens a submitted one; returns the new version.
     */
    public int setStatus(ReportPeriod period, int version, ReportDraft.Status status, Frozen frozen) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE report_draft SET status = ?, submitted_at = ?,"
                    + " submitted_by = ?, frozen_figures = ?, updated_at = ?, version = version + 1"
                    + " WHERE period_from = ? AND period_to = ? AND version = ? AND status <> ?")) {
                ps.setString(1, status.name());
                ps.setString(2, frozen == null ? null : frozen.at().toString());
                ps.setString(3, frozen == null ? null : frozen.by());
                ps.setString(4, frozen == null ? null : frozen.figures());
                ps.setString(5, Instant.now().toString());
                ps.setString(6, period.from().toString());
                ps.setString(7, period.to().toString());
                ps.setInt(8, version);
                ps.setString(9, status.name());
                if (ps.executeUpdate() != 1) {
                    throw new StoreException(Messages.get("store.staleVersion", period.toString()));
                }
            }
            return version + 1;
        });
    }

    private static ReportDraft map(ResultSet rs, ReportPeriod period) throws SQLException {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            sections.put(s, rs.getString(SECTION_COLUMNS.get(s.ordinal())));
        }
        String date = rs.getString("doc_date");
        String recipients = rs.getString("recipients");
        return new ReportDraft(period, rs.getString("doc_number"), date == null ? null : LocalDate.parse(date),
                rs.getString("signer_title"), rs.getString("signer_name"),
                recipients.isEmpty() ? List.of() : Arrays.asList(recipients.split("\n")), sections,
                ReportDraft.Status.valueOf(rs.getString("status")), rs.getInt("version"));
    }
}
