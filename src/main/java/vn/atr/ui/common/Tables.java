package vn.atr.ui.common;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;
import vn.atr.domain.VnFormats;

/** Cell factories shared by every list: formatted text, right-aligned Vietnamese numbers. */
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
}
