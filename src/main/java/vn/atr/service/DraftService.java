package vn.atr.service;

import java.util.function.Supplier;
import vn.atr.domain.Permission;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportPeriod;
import vn.atr.store.Database;
import vn.atr.store.ReportDraftRepository;

/**
 * The compiler's draft of the report for a period: metadata and narrative, one per period. Reading and
 * writing need the report permission; every save is written to the audit log with its versions.
 */
public final class DraftService {
    private final Database db;
    private final ReportDraftRepository repository;
    private final Supplier<Session> session;

    DraftService(Database db, ReportDraftRepository repository, Supplier<Session> session) {
        this.db = db;
        this.repository = repository;
        this.session = session;
    }

    /** The stored draft, or an empty one (version 0) if nothing was written for the period yet. */
    public ReportDraft get(ReportPeriod period) {
        session.get().require(Permission.REPORT);
        return repository.find(period).orElseGet(() -> ReportDraft.empty(period));
    }

    /** Saves the draft; its version must be the stored one (0 for a new draft). */
    public ReportDraft save(ReportDraft draft) {
        Session s = session.get();
        s.require(Permission.REPORT_DRAFT);
        return db.inTransaction(() -> {
            ReportDraft saved = repository.save(draft);
            db.audit().append(s.userName(), "report.draft", "report_draft", draft.period().toString(),
                    draft.version() == 0 ? null : (long) draft.version(), (long) saved.version(),
                    saved.status().name());
            return saved;
        });
    }

    /** Replaces the period's draft with the content of a draft text file ({@link DraftFileFormat}). */
    public ReportDraft importText(ReportPeriod period, String content) {
        ReportDraft parsed = DraftFileFormat.parse(content, period, get(period).version());
        return save(parsed);
    }

    public String exportText(ReportPeriod period) {
        return DraftFileFormat.format(get(period));
    }
}
