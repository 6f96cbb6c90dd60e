package vn.atr.domain;

/**
 * The order of the activity list, applied by the store so that a page of a sorted 100,000-row list
 * is read without loading the others. Ties are broken by date and id in the same direction, so pages
 * never overlap and one index serves both directions.
 */
public record ActivitySort(Column column, boolean descending) {
    /** The columns the list can be sorted on. */
    public enum Column { DATE, UNIT, TYPE, TITLE, PARTICIPANTS, QUANTITY }

    /** Newest first: what the list shows when it opens. */
    public static final ActivitySort DEFAULT = new ActivitySort(Column.DATE, true);
}
