package vn.atr.service.xlsximport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.atr.domain.Meta;
import vn.atr.store.RecordRepository;

/**
 * The valid rows of one record kind, sorted by what importing them does (ADR 0032): a row that stands
 * for no stored record is added with a new id; a row that stands for a stored record takes that record's
 * id and version and replaces it when a cell differs, or leaves it alone when nothing differs. So
 * importing a workbook again, edited or not, never duplicates.
 */
final class XlsxChanges<T> {
    private final RecordRepository<T> repo;
    private final Function<T, Meta> meta;
    /** New records not yet written (all of them unless {@link #writeEarly} was called). */
    final List<T> added = new ArrayList<>();
    final List<T> updated = new ArrayList<>();
    private final List<Offer<T>> offers = new ArrayList<>();
    private int unchanged;
    /** Set when new records are written while the workbook is still read (ADR 0175). */
    private RecordRepository<T>.Inserter early;
    private XlsxPipeline pipeline;
    private java.util.function.BooleanSupplier wanted;
    /** Told, on the store's thread, how many new records the workbook has brought before each batch is written. */
    private java.util.function.LongConsumer growing;
    /** New records already handed to {@link #early} (and dropped from {@link #added}: the inserter keeps them). */
    private int handed;

    /** A row whose natural key some stored records share: matched in {@link #settle}, once all rows are in. */
    private record Offer<T>(T imported, ArrayDeque<T> sameKey) {
    }

    XlsxChanges(RecordRepository<T> repo, Function<T, Meta> meta) {
        this.repo = repo;
        this.meta = meta;
    }

    /**
     * From now on, new records are written for {@code user} in batches of {@link #BATCH} through {@code pipeline} while
     * {@code wanted} says the import will keep them (the import's transaction rolls them back otherwise).
     */
    void writeEarly(String user, XlsxPipeline pipeline, java.util.function.BooleanSupplier wanted,
                    java.util.function.LongConsumer growing) {
        this.early = repo.inserter(user);
        this.pipeline = pipeline;
        this.wanted = wanted;
        this.growing = growing;
    }

    /** New records written per batch while the workbook is read. */
    static final int BATCH = 1000;

    private void addNew(T imported) {
        added.add(imported);
        if (early != null && added.size() >= BATCH && wanted.getAsBoolean()) {
            List<T> batch = List.copyOf(added);
            handed += batch.size();
            added.clear();
            RecordRepository<T>.Inserter to = early;
            long brought = handed;
            pipeline.later(() -> {
                growing.accept(brought);
                to.add(batch);
            });
        }
    }

    /** A row found by its code ({@code stored} empty: none); returns the record it became, for links. */
    T add(T imported, Optional<T> stored) {
        if (stored.isEmpty()) {
            addNew(imported);
            return imported;
        }
        T same = as(imported, stored.get());
        if (same.equals(stored.get())) {
            unchanged++;
        } else {
            updated.add(same);
        }
        return same;
    }

    /** A row found by its natural key: {@code sameKey} holds the stored records with that key (null: none). */
    void offer(T imported, ArrayDeque<T> sameKey) {
        if (sameKey == null || sameKey.isEmpty()) {
            addNew(imported);
        } else {
            offers.add(new Offer<>(imported, sameKey));
        }
    }

    /**
     * Matches the offered rows to stored records one to one: first every row to a stored record it equals
     * (so re-importing a file changes nothing, whatever the order of equal keys), then the remaining rows
     * to the remaining records with their key, oldest first (an edited cell updates that record); a row
     * left without one is new.
     */
    void settle() {
        List<Offer<T>> open = new ArrayList<>();
        for (Offer<T> o : offers) {
            if (!takeEqual(o)) {
                open.add(o);
            }
        }
        for (Offer<T> o : open) {
            T stored = o.sameKey().poll();
            if (stored == null) {
                added.add(o.imported());
            } else {
                updated.add(as(o.imported(), stored));
            }
        }
        offers.clear();
    }

    private boolean takeEqual(Offer<T> o) {
        for (Iterator<T> it = o.sameKey().iterator(); it.hasNext(); ) {
            T stored = it.next();
            if (as(o.imported(), stored).equals(stored)) {
                it.remove();
                unchanged++;
                return true;
            }
        }
        return false;
    }

    /** The imported values under the stored record's id and version. */
    private T as(T imported, T stored) {
        return repo.copyWithMeta(imported, meta.apply(stored));
    }

    /**
     * Inserts the new records (those not written yet while reading), updates the changed ones (optimistic
     * version); joins the caller's transaction.
     */
    void write(String user) {
        if (early == null) {
            repo.insertAll(added, user);
        } else {
            early.add(added);
            early.finish();
        }
        updated.forEach(r -> repo.update(r, user));
    }

    /** Valid rows of this kind, whatever importing them does. */
    int rows() {
        return addedCount() + updated.size() + unchanged + offers.size();
    }

    /** New records, written already or not. */
    int addedCount() {
        return handed + added.size();
    }

    int unchanged() {
        return unchanged;
    }
}
