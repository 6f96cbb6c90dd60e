package vn.atr.ui.common;

import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Shares a table's width so that columns of short values ({@link Tables#wholeValues}) show them whole: each
 * such column's minimum is the widest value shown in it (up to {@link Tables#WHOLE_VALUE_LIMIT}) while the table
 * has room for that and for its free-text columns; in a narrower table the widest values give way first,
 * never below their captions' widest word. A constrained resize policy never scrolls sideways, so minimums that
 * add up to more than the table would push the last columns out of sight.
 */
final class WholeColumns {
    /** What a free-text column keeps at least (a title's first words), when its caption needs less. */
    private static final double FREE_TEXT_ROOM = 120;
    /** The table's borders and its vertical scroll bar. */
    private static final double TABLE_CHROME = 20;
    private static final String WANTED = "atr.wholeValueWidth";
    private static final String CAPTION = "atr.captionMinimum";
    private static final String WATCHED = "atr.wholeColumnsWatched";

    private WholeColumns() {
    }

    /** The minimum the column's caption needs (its widest word), kept to shrink back to. */
    static void captionMinimum(TableColumn<?, ?> column, double width) {
        column.getProperties().put(CAPTION, width);
    }

    /** A value {@code width} wide was shown in {@code column}: widen it if the table has room. */
    static void want(TableColumn<?, ?> column, double width) {
        if (width <= number(column, WANTED, 0)) {
            return;
        }
        column.getProperties().put(WANTED, width);
        TableView<?> table = column.getTableView();
        if (table == null) {
            column.setMinWidth(Math.max(column.getMinWidth(), Math.min(width, Tables.WHOLE_VALUE_LIMIT)));
        } else {
            if (table.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
                table.widthProperty().addListener((o, old, now) -> share(table));
            }
            share(table);
        }
    }

    private static void share(TableView<?> table) {
        double width = table.getWidth();
        if (width <= 0) {
            return;
        }
        List<? extends TableColumn<?, ?>> columns = table.getVisibleLeafColumns();
        double room = width - TABLE_CHROME;
        double wanted = 0;
        for (TableColumn<?, ?> c : columns) {
            if (c.getStyleClass().contains(Tables.WHOLE_VALUES)) {
                wanted += wanted(c);
            } else {
                room -= Math.max(c.getMinWidth(), FREE_TEXT_ROOM);
            }
        }
        // Water-filling: the widest values give way first, down to a common level, so short ones stay whole.
        double level = Tables.WHOLE_VALUE_LIMIT;
        if (wanted > room) {
            double low = 0;
            for (int i = 0; i < 30; i++) {
                double mid = (low + level) / 2;
                if (total(columns, mid) > room) {
                    level = mid;
                } else {
                    low = mid;
                }
            }
            level = low;
        }
        for (TableColumn<?, ?> c : columns) {
            if (c.getStyleClass().contains(Tables.WHOLE_VALUES)) {
                double min = Math.floor(minimum(c, level));
                if (Math.abs(min - c.getMinWidth()) >= 1) {
                    c.setMinWidth(min);
                }
            }
        }
    }

    private static double total(List<? extends TableColumn<?, ?>> columns, double level) {
        return columns.stream().filter(c -> c.getStyleClass().contains(Tables.WHOLE_VALUES))
                .mapToDouble(c -> minimum(c, level)).sum();
    }

    /** A column's minimum when no value-driven minimum may pass {@code level}; its caption's always fits. */
    private static double minimum(TableColumn<?, ?> c, double level) {
        return Math.max(caption(c), Math.min(wanted(c), level));
    }

    /** The width the column's values and caption want, within the limit. */
    private static double wanted(TableColumn<?, ?> c) {
        return Math.max(caption(c), Math.min(number(c, WANTED, 0), Tables.WHOLE_VALUE_LIMIT));
    }

    private static double caption(TableColumn<?, ?> c) {
        return number(c, CAPTION, 40);
    }

    private static double number(TableColumn<?, ?> c, String key, double fallback) {
        return c.getProperties().get(key) instanceof Double d ? d : fallback;
    }
}
