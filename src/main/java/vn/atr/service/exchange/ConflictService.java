package vn.atr.service.exchange;

import vn.atr.domain.Messages;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.atr.domain.Meta;
import vn.atr.domain.access.Permission;
import vn.atr.format.pkg.PackageJson;
import vn.atr.service.ServiceException;
import vn.atr.service.Session;
import vn.atr.store.Database;
import vn.atr.store.ExchangeRepository;

/**
 * Conflicts kept aside by imports: listed field by field and resolved by the compiler, either keeping
 * our record or taking theirs. The kept side is stored with a version above both, so it wins the next
 * exchange in either direction instead of raising the same conflict again.
 */
public final class ConflictService {
    private final Database db;
    private final ExchangeService exchange;
    private final Supplier<Session> session;

    public ConflictService(Database db, ExchangeService exchange, Supplier<Session> session) {
        this.db = db;
        this.exchange = exchange;
        this.session = session;
    }

    /** An open conflict with our current record, theirs, and the differing fields side by side. */
    public record OpenConflict(long id, String source, String entity, String recordId, long ourVersion,
                               long theirVersion, Object ours, Object theirs,
                               List<ImportPlan.FieldDifference> differences) {
    }

    /**
     * How many merged records still wait for a choice between two versions: a report written meanwhile says so,
     * since its figures change with each choice. A count, open to every role that writes reports.
     */
    public int openCount() {
        return exchange.bookkeeping().openConflicts().size();
    }

    /**
     * {@link #openCount()} for a report of {@code units} (a unit and the units within it; null: the whole store):
     * a ward's extract is not told of another ward's conflict.
     */
    public int openCount(java.util.Set<String> units) {
        if (units == null) {
            return openCount();
        }
        int n = 0;
        for (ExchangeRepository.Conflict c : exchange.bookkeeping().openConflicts()) {
            if (exchange.entity(c.entity()).flatMap(e -> unitOf(e, c.recordId())).map(units::contains).orElse(true)) {
                n++;
            }
        }
        return n;
    }

    private static <T> java.util.Optional<String> unitOf(ExchangeEntity<T> e, String recordId) {
        return e.repo().find(recordId).map(e.unit());
    }

    public List<OpenConflict> list() {
        session.get().require(Permission.IMPORT);
        return exchange.bookkeeping().openConflicts().stream().map(this::open).toList();
    }

    private OpenConflict open(ExchangeRepository.Conflict c) {
        ExchangeEntity<?> e = exchange.entity(c.entity())
                .orElseThrow(() -> new ServiceException(Messages.get("exchange.import.unknownEntity", c.entity())));
        Object ours = e.repo().find(c.recordId()).orElse(null);
        Object theirs = parse(e, c.theirRecord());
        // our record as it is now (edited or deleted since the conflict was set aside), its version with it
        long ourVersion = ours == null ? c.ourVersion() : version(e, ours);
        return new OpenConflict(c.id(), c.source(), c.entity(), c.recordId(), ourVersion, c.theirVersion(),
                ours, theirs, ImportPlanner.differences(ours, theirs));
    }

    /** Resolves conflict {@code id}: {@code takeTheirs} false keeps our record. One transaction. */
    public void resolve(long id, boolean takeTheirs) {
        Session s = session.get();
        s.require(Permission.IMPORT);
        OpenConflict c = list().stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new ServiceException(Messages.get("exchange.conflict.notOpen", id)));
        ExchangeEntity<?> e = exchange.entity(c.entity()).orElseThrow();
        db.runInTransaction(() -> {
            long before = currentVersion(e, c);
            long settled = keep(e, takeTheirs ? c.theirs() : c.ours(), c, s.userName());
            // Taken theirs: the record is the sender's as of its version, under a version of our own; the sender's
            // next edit is an update. Kept ours: our record differs from the sender's, so its next edit (made on the
            // version not taken) is a conflict again.
            exchange.bookkeeping().putBases(c.source(), c.entity(), Map.of(c.recordId(),
                    new vn.atr.store.ExchangeRepository.Base(c.theirVersion(), takeTheirs ? settled : before)));
            exchange.bookkeeping().resolve(id, takeTheirs ? "take-theirs" : "keep-ours");
            db.audit().append(s.userName(), "conflict." + (takeTheirs ? "take-theirs" : "keep-ours"), c.entity(),
                    c.recordId(), c.ourVersion(), c.theirVersion(), null);
        });
    }

    private static <T> long version(ExchangeEntity<T> e, Object record) {
        return e.meta().apply(e.type().cast(record)).version();
    }

    /** Our record's version as it is now (it may have moved since the conflict was set aside). */
    private static <T> long currentVersion(ExchangeEntity<T> e, OpenConflict c) {
        return e.repo().find(c.recordId()).map(r -> e.meta().apply(r).version()).orElse(c.ourVersion());
    }

    /** Stores the record kept above both versions, so that a package sent on carries it as the newer; its version. */
    private <T> long keep(ExchangeEntity<T> e, Object kept, OpenConflict c, String user) {
        T record = e.type().cast(kept);
        T current = e.repo().find(c.recordId()).orElse(record);
        Meta m = e.meta().apply(record);
        long version = Math.max(e.meta().apply(current).version(), c.theirVersion()) + 1;
        Meta next = new Meta(m.id(), m.createdAt(), Instant.now(), user, version, m.deleted());
        e.repo().upsertAsGiven(List.of(e.repo().copyWithMeta(record, next)), user);
        return version;
    }

    private static <T> T parse(ExchangeEntity<T> e, String json) {
        try {
            return PackageJson.mapper().readValue(json, e.type());
        } catch (IOException ex) {
            throw new ServiceException(Messages.get("exchange.conflict.unreadable", ex.getMessage()));
        }
    }
}
