package vn.atr.ui.common;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Callback;
import vn.atr.domain.VnFormats;

/**
 * Cell factories shared by every list: formatted text, right-aligned Vietnamese numbers; whole headers and
 * whole short values.
 */
public final class Tables {
    /**
     * The widest a column of short values (a name, a type, a date, a status) grows to show them whole: a unit
     * column squeezed to "Huyện ..." in a 1000-pixel window says nothing. Longer values are cut and shown whole
     * in their tooltip; free text (titles, notes) gives up the room instead.
     */
    public static final double WHOLE_VALUE_LIMIT = 300;
    /** The style class that marks a column of short values ({@link #wholeValues}). */
    public static final String WHOLE_VALUES = "whole-values";
    /** A cell's left and right padding before its style sheet is applied (the theme's 8 px each side). */
    private static final double CELL_PADDING = 16;

    private Tables() {
    }

    /**
     * Cells showing {@code format(value)}; in a column marked by {@link #wholeValues} each shown value widens
     * the column to fit it (up to {@link #WHOLE_VALUE_LIMIT}); a value that may be cut has a tooltip.
     */
    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> cells(Function<T, String> format) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : format.apply(item);
                setText(text);
                fit(this, column, text);
            }
        };
    }

    public static <S> Callback<TableColumn<S, Number>, TableCell<S, Number>> numberCells() {
        return column -> {
            TableCell<S, Number> cell = Tables.<S, Number>cells(n -> VnFormats.number(n.longValue())).call(column);
            cell.setAlignment(Pos.CENTER_RIGHT);
            return cell;
        };
    }

    /**
     * Keeps a column's caption whole: on one line when the window has room (its preferred width), wrapped
     * between words when it has not (its minimum is the widest word; app.css lets captions wrap). A constrained
     * table squeezed into a 1000-pixel window would otherwise show "Ngày ..." for "Ngày bắt đầu", or keep a
     * column of dates as wide as that caption. Measured bold at the theme's 14px, a little wider than the main
     * window's 13px, with room for the padding and the sort arrow.
     */
    public static <S, T> TableColumn<S, T> wholeHeader(TableColumn<S, T> column) {
        Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 14);
        double widestWord = 0;
        for (String word : column.getText().split("\\s+")) {
            widestWord = Math.max(widestWord, width(word, bold));
        }
        column.setMinWidth(Math.max(column.getMinWidth(), widestWord + 20));
        WholeColumns.captionMinimum(column, column.getMinWidth());
        column.setPrefWidth(Math.max(column.getPrefWidth(), width(column.getText(), bold) + 20));
        return column;
    }

    /**
     * Marks a column of short values: its cells (made by {@link #cells} or {@link #numberCells}) keep it as wide
     * as the widest value shown so far, up to {@link #WHOLE_VALUE_LIMIT} and as far as the table has room
     * ({@link WholeColumns}).
     */
    public static <S, T> TableColumn<S, T> wholeValues(TableColumn<S, T> column) {
        if (!column.getStyleClass().contains(WHOLE_VALUES)) {
            column.getStyleClass().add(WHOLE_VALUES);
        }
        return column;
    }

    private static void fit(TableCell<?, ?> cell, TableColumn<?, ?> column, String text) {
        if (text == null || text.isEmpty()) {
            cell.setTooltip(null);
            return;
        }
        double padding = cell.snappedLeftInset() + cell.snappedRightInset();
        double needed = width(text, cell.getFont()) + (padding > 0 ? padding : CELL_PADDING) + 2;
        if (column.getStyleClass().contains(WHOLE_VALUES)) {
            WholeColumns.want(column, needed);
        }
        // The minimum is what the column is sure to get: past it the value may be cut, the tooltip shows it.
        if (needed <= column.getMinWidth() + 0.5) {
            cell.setTooltip(null);
        } else if (cell.getTooltip() == null || !text.equals(cell.getTooltip().getText())) {
            cell.setTooltip(new Tooltip(text));
        }
    }

    /** The width of {@code text} in {@code font}, rounded up. */
    private static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }

    /**
     * A list reached with the keyboard (Tab, Alt+letter) has its first row chosen: JavaFX only marks it focused,
     * so the first Down chose the second row, and Space or Enter acted on nothing.
     */
    public static void selectFirstOnFocus(javafx.scene.Scene scene) {
        scene.focusOwnerProperty().addListener((o, old, now) -> {
            if (now instanceof javafx.scene.control.TableView<?> t && t.getSelectionModel().isEmpty()
                    && !t.getItems().isEmpty()) {
                t.getSelectionModel().select(0);
                t.getFocusModel().focus(0);
            } else if (now instanceof javafx.scene.control.ListView<?> l && l.getSelectionModel().isEmpty()
                    && !l.getItems().isEmpty()) {
                l.getSelectionModel().select(0);
                l.getFocusModel().focus(0);
            }
        });
    }
}
