package vn.atr.service;

import java.util.function.Function;
import vn.atr.domain.Meta;
import vn.atr.domain.access.Permission;
import vn.atr.store.RecordRepository;

/**
 * The write check shared by the record services: permission, the unit the caller sends, and the
 * unit of the record as stored (a correction or a deletion names a stored record by id; checking
 * only the caller's copy would let commune staff move or delete another unit's record).
 */
final class UnitGuard {
    private UnitGuard() {
    }

    /** @return the author to record: the logged-in user once the store has users */
    static <T> String requireWritable(Session s, RecordRepository<T> repo, Meta meta, String unit,
                                      Function<T, String> unitOf, String requestedAuthor) {
        s.require(Permission.RECORD_WRITE);
        if (unit != null) {
            s.requireUnit(unit);
        }
        if (meta != null && !meta.isNew()) {
            repo.find(meta.id()).ifPresent(stored -> s.requireUnit(unitOf.apply(stored)));
        }
        return s.author(requestedAuthor);
    }
}
