package vn.atr.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import vn.atr.domain.Messages;

/**
 * Text columns for the administrator's read-mostly tables (header from the bundle, value as text): short
 * values kept whole, free text giving up room in a narrow window.
 */
public final class AdminColumns {
    private AdminColumns() {
    }

    public static <T> TableColumn<T, String> text(TableView<T> table, String headerKey, Function<T, String> value) {
        return Tables.wholeValues(freeText(table, headerKey, value));
    }

    public static <T> TableColumn<T, String> freeText(TableView<T> table, String headerKey,
                                                      Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(Messages.get(headerKey));
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setCellFactory(Tables.cells(s -> s));
        table.getColumns().add(Tables.wholeHeader(column));
        return column;
    }
}
