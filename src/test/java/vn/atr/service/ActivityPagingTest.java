package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ActivityCount;
import vn.atr.domain.ActivityFilter;
import vn.atr.domain.ActivityRow;
import vn.atr.domain.ActivitySort;
import vn.atr.domain.ReportPeriod;

/** The paged activity list: pages in SQL that add up to the whole filtered list, in the asked order. */
class ActivityPagingTest {
    private static final ReportPeriod YEAR = ReportPeriod.ofYear(2024);
    @TempDir
    static Path dir;
    private static Services services;
    private static List<ActivityRow> whole;

    @BeforeAll
    static void store() {
        services = Services.open(dir.resolve("atr.db"));
        services.generator().generate(new DataGenerator.Spec(5, 700, 0, 7, 2024));
        whole = services.activities().list(ActivityFilter.of(YEAR));
    }

    @AfterAll
    static void close() throws Exception {
        services.close();
    }

    @Test
    void pagesOfTheDefaultOrderMakeTheWholeListNewestFirst() {
        List<ActivityRow> paged = readAll(ActivityFilter.of(YEAR), ActivitySort.DEFAULT, 64);
        assertThat(paged).extracting(ActivityRow::id).containsExactlyElementsOf(whole.stream().map(ActivityRow::id).toList());
        assertThat(paged).extracting(ActivityRow::startDate).isSortedAccordingTo(Comparator.reverseOrder());
        ActivityCount count = services.activities().count(ActivityFilter.of(YEAR));
        assertThat(count.rows()).isEqualTo(whole.size()).isGreaterThan(600);
        assertThat(count.participants()).isEqualTo(whole.stream().mapToLong(ActivityRow::participants).sum());
    }

    @Test
    void everySortGivesEachRowOnceInOrder() {
        for (ActivitySort.Column column : ActivitySort.Column.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                List<ActivityRow> paged = readAll(ActivityFilter.of(YEAR), new ActivitySort(column, descending), 100);
                assertThat(new HashSet<>(paged.stream().map(ActivityRow::id).toList())).as(column + " " + descending)
                        .hasSize(whole.size());
                if (column == ActivitySort.Column.PARTICIPANTS) {
                    Comparator<ActivityRow> c = Comparator.comparingInt(ActivityRow::participants);
                    assertThat(paged).isSortedAccordingTo(descending ? c.reversed() : c);
                }
                if (column == ActivitySort.Column.UNIT) {
                    Comparator<ActivityRow> c = Comparator.comparing(ActivityRow::unitName);
                    assertThat(paged).isSortedAccordingTo(descending ? c.reversed() : c);
                }
            }
        }
    }

    @Test
    void filtersAreCountedLikeTheRowsTheyKeep() {
        String type = whole.get(0).typeCode();
        ActivityFilter byType = new ActivityFilter(YEAR.from(), YEAR.to(), type, null, null, 10);
        long expected = whole.stream().filter(r -> r.typeCode().equals(type)).count();
        assertThat(services.activities().count(byType).rows()).isEqualTo(expected);
        assertThat(readAll(byType, ActivitySort.DEFAULT, 50)).hasSize((int) expected)
                .allSatisfy(r -> assertThat(r.typeCode()).isEqualTo(type));

        String word = whole.stream().map(ActivityRow::title).filter(t -> t != null && t.length() > 4).findFirst()
                .orElseThrow().substring(0, 4);
        ActivityFilter byText = new ActivityFilter(YEAR.from(), YEAR.to(), null, null, word, 10);
        List<ActivityRow> found = readAll(byText, ActivitySort.DEFAULT, 50);
        assertThat(found).isNotEmpty();
        assertThat(services.activities().count(byText).rows()).isEqualTo(found.size());
    }

    /**
     * The count reads whole report years and half-months from the totals and the days at either end from the
     * activities (ADR 0211): ranges that cut half-months, with a unit or a type, count the rows the list keeps.
     */
    @Test
    void rangesCuttingHalfMonthsAreCountedLikeTheRowsTheyKeep() {
        String unit = whole.get(0).unitCode();
        String type = whole.get(1).typeCode();
        for (java.time.LocalDate[] range : new java.time.LocalDate[][] {
                {java.time.LocalDate.of(2024, 2, 3), java.time.LocalDate.of(2024, 9, 21)},
                {java.time.LocalDate.of(2024, 3, 16), java.time.LocalDate.of(2024, 3, 16)},
                {java.time.LocalDate.of(2023, 12, 14), java.time.LocalDate.of(2024, 12, 15)},
                {java.time.LocalDate.of(2024, 5, 1), java.time.LocalDate.of(2024, 5, 14)}}) {
            for (ActivityFilter f : List.of(new ActivityFilter(range[0], range[1], null, null, null, 10),
                    new ActivityFilter(range[0], range[1], type, null, null, 10),
                    new ActivityFilter(range[0], range[1], null, unit, null, 10))) {
                List<ActivityRow> kept = readAll(f, ActivitySort.DEFAULT, 500);
                ActivityCount count = services.activities().count(f);
                assertThat(count.rows()).as("%s", f).isEqualTo(kept.size());
                assertThat(count.participants()).as("%s", f)
                        .isEqualTo(kept.stream().mapToLong(ActivityRow::participants).sum());
            }
        }
        assertThat(readAll(new ActivityFilter(java.time.LocalDate.of(2024, 2, 3), java.time.LocalDate.of(2024, 9, 21),
                null, null, null, 10), ActivitySort.DEFAULT, 500)).hasSizeGreaterThan(300);
        ActivityCount backwards = services.activities().count(new ActivityFilter(java.time.LocalDate.of(2024, 5, 2),
                java.time.LocalDate.of(2024, 5, 1), null, null, null, 10));
        assertThat(backwards.rows()).isZero();
    }

    private static List<ActivityRow> readAll(ActivityFilter f, ActivitySort sort, int pageSize) {
        List<ActivityRow> rows = new ArrayList<>();
        for (long offset = 0; ; offset += pageSize) {
            List<ActivityRow> page = services.activities().page(f, sort, offset, pageSize);
            rows.addAll(page);
            if (page.size() < pageSize) {
                return rows;
            }
        }
    }
}
