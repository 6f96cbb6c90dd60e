package vn.atr.ui.catalog;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.util.StringConverter;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.domain.catalog.AgeBandEntry;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorGroup;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.common.Tables;
import vn.atr.ui.shell.AppContext;

/** Binds the catalogue screen to its {@link CatalogViewModel}. */
public final class CatalogController implements Refreshable {
    private final CatalogViewModel model;

    @FXML private TableView<Indicator> table;
    @FXML private TableView<AgeBandEntry> ageTable;
    @FXML private TextField nameField;
    @FXML private TextField unitField;
    @FXML private ComboBox<IndicatorKind> kindBox;
    @FXML private ComboBox<IndicatorGroup> groupBox;
    @FXML private TextField dateField;
    @FXML private Pane editBar;
    @FXML private Button renameButton;
    @FXML private Button retireButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Label message;
    @FXML private Pane bandBar;
    @FXML private TextField bandNameField;
    @FXML private TextField bandFromField;
    @FXML private TextField bandToField;
    @FXML private TextField bandDateField;
    @FXML private Button bandRenameButton;
    @FXML private Button bandRetireButton;

    public CatalogController(AppContext context) {
        this.model = new CatalogViewModel(context);
    }

    @FXML
    private void initialize() {
        column("catalog.col.code", Indicator::code);
        column("catalog.col.name", Indicator::nameVi);
        column("catalog.col.kind", i -> Messages.get("enum.IndicatorKind." + i.kind().name()));
        column("catalog.col.group", i -> Messages.get("enum.IndicatorGroup." + i.group().name()));
        column("catalog.col.unit", Indicator::unitVi);
        column("catalog.col.from", i -> VnFormats.date(i.introducedOn()));
        column("catalog.col.retired", i -> VnFormats.date(i.retiredOn()));
        column(ageTable, "catalog.col.code", AgeBandEntry::code);
        column(ageTable, "catalog.col.name", AgeBandEntry::labelVi);
        column(ageTable, "catalog.col.ages", AgeBandEntry::ages);
        column(ageTable, "catalog.col.retired", b -> VnFormats.date(b.retiredOn()));
        ageTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ageTable.setItems(model.ageBands);
        ageTable.getSelectionModel().selectedItemProperty().addListener((o, old, b) -> {
            if (b != model.selectedBand.get()) {
                model.chooseBand(b);
            }
        });
        model.selectedBand.addListener((o, old, b) -> {
            if (b != null && ageTable.getSelectionModel().getSelectedItem() != b) {
                ageTable.getSelectionModel().select(b);
            }
        });
        bandNameField.textProperty().bindBidirectional(model.bandName);
        bandFromField.textProperty().bindBidirectional(model.bandFrom);
        bandToField.textProperty().bindBidirectional(model.bandTo);
        bandDateField.textProperty().bindBidirectional(model.bandDate);
        bandRenameButton.disableProperty().bind(model.selectedBand.isNull());
        bandRetireButton.disableProperty().bind(model.selectedBand.isNull());
        bandBar.setVisible(model.editable());
        bandBar.setManaged(model.editable());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("list.empty")));
        table.setItems(model.entries);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, i) -> {
            if (i != model.selected.get()) {
                model.choose(i);
            }
        });
        model.selected.addListener((o, old, i) -> {
            if (i != null && table.getSelectionModel().getSelectedItem() != i) {
                table.getSelectionModel().select(i);
            }
        });
        kindBox.getItems().setAll(IndicatorKind.values());
        kindBox.setConverter(labels("enum.IndicatorKind."));
        groupBox.getItems().setAll(IndicatorGroup.values());
        groupBox.setConverter(labels("enum.IndicatorGroup."));
        nameField.textProperty().bindBidirectional(model.name);
        unitField.textProperty().bindBidirectional(model.unit);
        dateField.textProperty().bindBidirectional(model.date);
        kindBox.valueProperty().bindBidirectional(model.kind);
        groupBox.valueProperty().bindBidirectional(model.group);
        message.textProperty().bind(model.message);
        var none = model.selected.isNull();
        for (Button b : new Button[] {renameButton, retireButton, upButton, downButton}) {
            b.disableProperty().bind(none);
        }
        editBar.setVisible(model.editable());
        editBar.setManaged(model.editable());
        refresh();
    }

    private void column(String key, Function<Indicator, String> value) {
        column(table, key, value);
    }

    private static <T> void column(TableView<T> into, String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setCellFactory(Tables.cells(String::valueOf));
        if (key.equals("catalog.col.name")) {
            c.setPrefWidth(240); // the names are the long values ("Tuyên truyền trên hệ thống truyền thanh cơ sở")
        } else if (!key.equals("catalog.col.from") && !key.equals("catalog.col.retired")) {
            Tables.wholeValues(c); // codes, kinds, groups and units as wide as their values; dates as their captions
        }
        into.getColumns().add(Tables.wholeHeader(c));
    }

    private static <E extends Enum<E>> StringConverter<E> labels(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : Messages.get(prefix + e.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @FXML
    private void add() {
        model.add();
    }

    @FXML
    private void rename() {
        model.rename();
    }

    @FXML
    private void retire() {
        model.retire();
    }

    @FXML
    private void addBand() {
        model.addBand();
    }

    @FXML
    private void renameBand() {
        model.renameBand();
    }

    @FXML
    private void retireBand() {
        model.retireBand();
    }

    @FXML
    private void moveUp() {
        model.move(-1);
    }

    @FXML
    private void moveDown() {
        model.move(1);
    }
}
