package vn.atr.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * A read-only list of known length whose rows are read a page at a time, when the TableView first asks
 * for them: {@code get(i)} answers from the page cache, or returns the placeholder and asks the
 * TaskRunner for the page, then reports the real rows as a replacement so the visible cells redraw.
 * The FX thread never waits for the store. Pages far from the latest request are skipped when their
 * turn comes (a fast scroll would otherwise queue every page it passed over), and at most
 * {@link #MAX_PAGES} pages are kept.
 */
public final class PagedList<T> extends ObservableListBase<T> {
    /** Reads {@code limit} rows from {@code offset} (on the TaskRunner's thread). */
    @FunctionalInterface
    public interface PageSource<T> {
        List<T> read(long offset, int limit) throws Exception;
    }

    public static final int PAGE_SIZE = 200;
    static final int MAX_PAGES = 100;
    private static final int NEAR = 3;

    private final T placeholder;
    private final Tasks tasks;
    private int size;
    private PageSource<T> source = (offset, limit) -> List.of();
    private int generation;
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final Set<Integer> pending = new HashSet<>();
    private volatile int wanted;
    private boolean inGet;

    public PagedList(T placeholder, Tasks tasks) {
        this.placeholder = placeholder;
        this.tasks = tasks;
    }

    /**
     * Shows another list (new filter or order): {@code first} is its page 0, read with the count so that
     * the list opens with rows shown. The list object stays the same, so the TableView keeps its sort
     * order and listeners; pages of the previous list still on their way are dropped.
     */
    public void reset(long newSize, List<T> first, PageSource<T> newSource) {
        int old = size;
        generation++;
        pages.clear();
        pending.clear();
        size = (int) Math.min(Integer.MAX_VALUE, newSize);
        source = newSource;
        pages.put(0, List.copyOf(first));
        beginChange();
        nextReplace(0, size, Collections.nCopies(old, placeholder));
        endChange();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        List<T> rows = pages.get(page);
        if (rows == null) {
            request(page);
            rows = pages.get(page); // a synchronous runner (tests) has filled it already
        }
        int at = index % PAGE_SIZE;
        return rows != null && at < rows.size() ? rows.get(at) : placeholder;
    }

    /**
     * Looks in the pages already read only: the TableView's focus and selection models call this on
     * every new list, and reading all pages to answer them would read the whole store.
     */
    @Override
    public int indexOf(Object o) {
        for (Map.Entry<Integer, List<T>> e : pages.entrySet()) {
            int at = e.getValue().indexOf(o);
            if (at >= 0 && o != placeholder) {
                return e.getKey() * PAGE_SIZE + at;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o); // rows are distinct records
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** True when row {@code index} is read (not a placeholder). */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / PAGE_SIZE);
    }

    private void request(int page) {
        wanted = page;
        if (!pending.add(page)) {
            return;
        }
        int asked = generation;
        PageSource<T> from = source;
        inGet = true;
        try {
            tasks.run(() -> Math.abs(wanted - page) > NEAR ? null : from.read((long) page * PAGE_SIZE, PAGE_SIZE),
                    rows -> {
                        if (asked == generation) {
                            arrived(page, rows, !inGet); // inside get (inline runner): nothing to report
                        }
                    });
        } finally {
            inGet = false;
        }
    }

    private void arrived(int page, List<T> rows, boolean notify) {
        pending.remove(page);
        if (rows == null) {
            return; // skipped: scrolled past; asked again if it comes back into view
        }
        pages.put(page, List.copyOf(rows));
        if (notify) {
            int from = page * PAGE_SIZE;
            int to = Math.min(size, from + PAGE_SIZE);
            beginChange();
            nextReplace(from, to, new ArrayList<>(Collections.nCopies(to - from, placeholder)));
            endChange();
        }
    }
}
