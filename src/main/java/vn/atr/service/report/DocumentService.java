package vn.atr.service.report;

import java.util.List;
import java.util.function.Supplier;
import vn.atr.domain.DirectionDocument;
import vn.atr.domain.Messages;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.ValidationException;
import vn.atr.domain.access.Permission;
import vn.atr.service.Session;
import vn.atr.service.ServiceException;
import vn.atr.store.Database;
import vn.atr.store.DirectionDocumentRepository;

/**
 * Direction documents, the records the report's direction section is drafted from. The window and the command
 * line both come here, so they share one validation ({@link RecordValidator}), the session's unit guard and one
 * transaction per action. Reading needs the report permission, writing the draft permission (they are part of
 * the report's text).
 */
public final class DocumentService {
    private final Database db;
    private final DirectionDocumentRepository repository;
    private final Supplier<Session> session;

    public DocumentService(Database db, DirectionDocumentRepository repository, Supplier<Session> session) {
        this.db = db;
        this.repository = repository;
        this.session = session;
    }

    /** The documents issued within the period, oldest first. */
    public List<DirectionDocument> issuedIn(ReportPeriod period) {
        session.get().require(Permission.REPORT);
        return repository.issuedBetween(period.from(), period.to());
    }

    /** Adds (version 0) or changes a document; every invalid field is reported at once and nothing is stored. */
    public DirectionDocument save(DirectionDocument d) {
        Session s = session.get();
        s.require(Permission.REPORT_DRAFT);
        ValidationException.throwIfAny(RecordValidator.forEntry(d));
        s.requireUnit(d.unitCode());
        String author = s.author("local");
        return db.inTransaction(() -> d.meta().isNew() ? repository.insert(d, author) : repository.update(d, author));
    }

    /** Deletes the document with this id (a new version marked deleted). */
    public void delete(String id) {
        Session s = session.get();
        s.require(Permission.REPORT_DRAFT);
        DirectionDocument d = repository.find(id).filter(x -> !x.meta().deleted())
                .orElseThrow(() -> new ServiceException(Messages.get("document.notFound", id)));
        s.requireUnit(d.unitCode());
        db.runInTransaction(() -> repository.softDelete(id, s.author("local")));
    }
}
