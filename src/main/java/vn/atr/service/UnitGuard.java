package vn.atr.service;

import java.util.function.Function;
import vn.atr.domain.Messages;
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

    /**
     * The record hangs below a stored parent (a victim below its case, support below its victim): commune
     * staff may write it only when the parent is their unit's too. A parent of another unit and a parent
     * that does not exist give the same refusal, so the answer does not tell whether the other unit's
     * record exists.
     */
    static <P> void requireParentWritable(Session s, RecordRepository<P> parents, String parentId,
                                          Function<P, String> unitOf) {
        if (s.restrictedUnit().isEmpty() || parentId == null) {
            return; // roles that write every unit: a missing parent is the repository's own refusal
        }
        String unit = parents.find(parentId).filter(p -> s.mayTouchUnit(unitOf.apply(p))).map(unitOf).orElse(null);
        if (unit == null) {
            throw new AccessDeniedException(Messages.get("security.otherUnitParent", s.userName(), parentId));
        }
    }
}
