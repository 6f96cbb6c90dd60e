package vn.atr.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.atr.ui.shell.ErrorHandler;
import vn.atr.ui.shell.TaskRunner;

/** The paged backing list reads only the pages asked for, and never the whole source to answer indexOf. */
class PagedListTest {
    private final List<Long> reads = new ArrayList<>();

    private PagedList<Integer> list(int size) {
        List<Integer> first = IntStream.range(0, Math.min(size, PagedList.PAGE_SIZE)).boxed().toList();
        PagedList<Integer> l = new PagedList<>(-1, TaskRunner.inline(new ErrorHandler()));
        l.reset(size, first, (offset, limit) -> {
            reads.add(offset);
            return IntStream.range((int) offset, (int) Math.min(size, offset + limit)).boxed().toList();
        });
        return l;
    }

    @Test
    void readsAPageWhenOneOfItsRowsIsFirstAskedFor() {
        PagedList<Integer> l = list(100_000);
        assertThat(l).hasSize(100_000);
        assertThat(l.get(10)).isEqualTo(10);
        assertThat(reads).isEmpty(); // page 0 came with the count
        assertThat(l.isLoaded(50_000)).isFalse();
        assertThat(l.get(50_001)).isEqualTo(50_001);
        assertThat(l.get(50_199)).isEqualTo(50_199);
        assertThat(l.get(99_999)).isEqualTo(99_999);
        assertThat(reads).containsExactly(50_000L, 99_800L);
    }

    @Test
    void indexOfLooksOnlyAtPagesAlreadyRead() {
        PagedList<Integer> l = list(100_000);
        assertThat(l.indexOf(70_000)).isEqualTo(-1);
        assertThat(l.indexOf(5)).isEqualTo(5);
        l.get(70_000);
        assertThat(l.indexOf(70_000)).isEqualTo(70_000);
        assertThat(reads).containsExactly(70_000L);
    }

    @Test
    void aResetShowsTheNewListAndReportsIt() {
        PagedList<Integer> l = list(100_000);
        l.get(30_000);
        List<String> changes = new ArrayList<>();
        l.addListener((javafx.collections.ListChangeListener<Integer>) c -> {
            while (c.next()) {
                changes.add(c.getFrom() + ".." + c.getTo() + " removed " + c.getRemovedSize());
            }
        });
        l.reset(3, List.of(7, 8, 9), (offset, limit) -> List.of());
        assertThat(l).containsExactly(7, 8, 9);
        assertThat(l.isLoaded(0)).isTrue();
        assertThat(changes).containsExactly("0..3 removed 100000");
    }

    @Test
    void keepsABoundedNumberOfPages() {
        PagedList<Integer> l = list(PagedList.PAGE_SIZE * (PagedList.MAX_PAGES + 20));
        for (int page = 0; page < PagedList.MAX_PAGES + 20; page++) {
            l.get(page * PagedList.PAGE_SIZE);
        }
        assertThat(l.isLoaded(0)).isFalse();
        assertThat(l.isLoaded(l.size() - 1)).isTrue();
        reads.clear();
        assertThat(l.get(3)).isEqualTo(3);
        assertThat(reads).containsExactly(0L);
    }
}
