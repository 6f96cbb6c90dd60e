package vn.atr.ui.common;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Callback;
import vn.atr.domain.VnFormats;

/** Cell factories shared by every list: formatted text, right-aligned Vietnamese numbers; whole headers. */
public final class Tables {
    private Tables() {
    }

    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> cells(Function<T, String> format) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
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
     * Keeps a column at least as wide as its header's caption (bold, its padding and room for the sort arrow):
     * a constrained table squeezed into a 1000-pixel window would otherwise show "Ngày ..." for "Ngày bắt đầu";
     * measured at the theme's 14px, a little wider than the main window's 13px.
     */
    public static <S, T> TableColumn<S, T> wholeHeader(TableColumn<S, T> column) {
        Text caption = new Text(column.getText());
        caption.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 14));
        column.setMinWidth(Math.max(column.getMinWidth(), Math.ceil(caption.getLayoutBounds().getWidth()) + 20));
        return column;
    }
}
