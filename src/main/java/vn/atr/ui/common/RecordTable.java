package vn.atr.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.atr.domain.Messages;

/**
 * The list every record kind shares: a title, add / edit / delete buttons (ids {@code prefix-add}...),
 * a sortable table; double-click or Enter edits, Delete deletes. A title with a mnemonic ("_Nạn nhân")
 * moves the focus to its table; on a screen with several lists see {@link #scopeShortcuts}.
 */
public final class RecordTable<T> {
    /**
     * A column: header key, the shown value and how it is shown: a short text kept whole (a code, a name, a
     * date, a status), free text that gives up room in a narrow window (a title, a provider), or a
     * right-aligned Vietnamese number.
     */
    public record Column<T>(String headerKey, Function<T, Object> value, Kind kind) {
        public enum Kind { TEXT, FREE_TEXT, NUMBER }

        public static <T> Column<T> text(String headerKey, Function<T, Object> value) {
            return new Column<>(headerKey, value, Kind.TEXT);
        }

        public static <T> Column<T> freeText(String headerKey, Function<T, Object> value) {
            return new Column<>(headerKey, value, Kind.FREE_TEXT);
        }

        public static <T> Column<T> number(String headerKey, Function<T, Object> value) {
            return new Column<>(headerKey, value, Kind.NUMBER);
        }
    }

    private final TableView<T> table = new TableView<>();
    private final Button add = new Button(Messages.get("action.add"));
    private final Button edit = new Button(Messages.get("action.edit"));
    private final Button delete = new Button(Messages.get("action.delete"));
    /** The buttons' texts with their mnemonics, shown or not by {@link #showShortcuts}. */
    private final Map<Button, String> texts = new LinkedHashMap<>();
    private final VBox root;
    /** A list this session may only read: no buttons, and Enter, Delete and a double click do nothing. */
    private boolean readOnly;

    public RecordTable(String prefix, String titleKey, List<Column<T>> columns, Consumer<T> onEdit,
                       Runnable onAdd, Consumer<T> onDelete) {
        table.setId(prefix + "-table");
        table.getStyleClass().addAll("dense", "striped");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("list.empty")));
        for (Column<T> c : columns) {
            TableColumn<T, Object> col = new TableColumn<>(Messages.get(c.headerKey()));
            col.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(c.value().apply(x.getValue())));
            if (c.kind() == Column.Kind.NUMBER) {
                col.setCellFactory(Tables.cells(v -> vn.atr.domain.VnFormats.number(((Number) v).longValue())));
                col.setStyle("-fx-alignment: center-right;");
            } else {
                col.setCellFactory(Tables.cells(String::valueOf));
            }
            if (c.kind() != Column.Kind.FREE_TEXT) {
                Tables.wholeValues(col);
            }
            table.getColumns().add(Tables.wholeHeader(col));
        }
        add.setId(prefix + "-add");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> onAdd.run());
        edit.setId(prefix + "-edit");
        edit.setOnAction(e -> selected(onEdit));
        delete.setId(prefix + "-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> selected(onDelete));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && !readOnly) {
                    onEdit.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selected(onEdit);
            } else if (e.getCode() == KeyCode.DELETE && !viewOnly) {
                selected(onDelete);
            }
        });
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("title-4");
        title.setMnemonicParsing(true);
        title.setLabelFor(table);
        List.of(add, edit, delete).forEach(b -> texts.put(b, b.getText()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, gap, add, edit, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getStyleClass().add("record-table");
    }

    /**
     * For a session that may read the records but not change them (a manager): no add or delete, and the edit
     * button, Enter and a double click open the record to be read ("Xem").
     */
    public void viewOnly() {
        viewOnly = true;
        for (Button b : List.of(add, delete)) {
            b.setVisible(false);
            b.setManaged(false);
        }
        edit.setText(Messages.get("action.view"));
        texts.put(edit, edit.getText());
    }

    private boolean viewOnly;

    /**
     * Makes the list read-only for a session without the right to change it (ward staff on the reference lists):
     * its buttons go, rather than opening a form whose saving is then refused.
     */
    public void readOnly() {
        readOnly = true;
        for (Button b : List.of(add, edit, delete)) {
            b.setVisible(false);
            b.setManaged(false);
        }
    }

    private void selected(Consumer<T> action) {
        T item = table.getSelectionModel().getSelectedItem();
        if (item != null && !readOnly) {
            action.accept(item);
        }
    }

    public VBox root() {
        return root;
    }

    public TableView<T> table() {
        return table;
    }

    public Button addButton() {
        return add;
    }

    /** For lists whose records are retired rather than deleted (units, organisations). */
    public void setDeleteText(String text) {
        texts.put(delete, text);
        delete.setText(text);
        delete.getStyleClass().remove("danger");
    }

    public void setItems(ObservableList<T> items) {
        table.setItems(items);
    }

    /**
     * On a screen with several lists the add / edit / delete buttons of each would share Alt+T, Alt+S,
     * Alt+X (and Alt would only cycle the focus between them): only the list being worked in (the one
     * holding the focus; at first the first one) shows and answers them, so Alt+T always adds to the list
     * in hand and every mnemonic on the screen stays unique. The titles' own letters move between lists.
     */
    public static void scopeShortcuts(List<RecordTable<?>> tables) {
        tables.forEach(t -> t.showShortcuts(false));
        tables.get(0).showShortcuts(true);
        ChangeListener<Node> onFocus = (o, old, focused) -> tables.stream().filter(t -> t.contains(focused))
                .findFirst().ifPresent(active -> tables.forEach(t -> t.showShortcuts(t == active)));
        Node anchor = tables.get(0).root;
        ChangeListener<Scene> onScene = (o, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(onFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(onFocus);
            }
        };
        anchor.sceneProperty().addListener(onScene);
        onScene.changed(anchor.sceneProperty(), null, anchor.getScene());
    }

    private void showShortcuts(boolean on) {
        texts.forEach((button, text) -> button.setText(on ? text : text.replace("_", "")));
    }

    private boolean contains(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }
}
