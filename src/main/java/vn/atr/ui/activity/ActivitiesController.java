package vn.atr.ui.activity;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.beans.property.ReadOnlyObjectWrapper;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import vn.atr.domain.ActivityRow;
import vn.atr.domain.ActivitySort;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.ui.common.ActivityListFilter;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.TypeToFind;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.common.FormBinding;
import vn.atr.ui.common.Tables;

/** The activity list screen: filters, sortable table, add / edit / delete. Binds only. */
public final class ActivitiesController implements Refreshable, ActivityListFilter {
    private final AppContext context;
    private final ActivitiesViewModel model;

    @FXML private TextField search;
    @FXML private ComboBox<Choice> type;
    @FXML private ComboBox<Choice> unit;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private Label fromError;
    @FXML private Label toError;
    @FXML private TableView<ActivityRow> table;
    @FXML private TableColumn<ActivityRow, LocalDate> dateColumn;
    @FXML private TableColumn<ActivityRow, String> unitColumn;
    @FXML private TableColumn<ActivityRow, String> typeColumn;
    @FXML private TableColumn<ActivityRow, String> titleColumn;
    @FXML private TableColumn<ActivityRow, Number> participantsColumn;
    @FXML private TableColumn<ActivityRow, Number> quantityColumn;
    @FXML private Label count;
    @FXML private Button edit;
    @FXML private Button delete;
    @FXML private Button addButton;
    private boolean mayDelete = true;

    public ActivitiesController(AppContext context) {
        this.context = context;
        this.model = new ActivitiesViewModel(context);
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(model.search);
        type.valueProperty().bindBidirectional(model.type);
        unit.valueProperty().bindBidirectional(model.unit);
        TypeToFind.install(type);
        TypeToFind.install(unit);
        FormBinding.date(from, model.from);
        FormBinding.date(to, model.to);
        model.errors().bind(fromError, from, "periodFrom");
        model.errors().bind(toError, to, "periodTo");
        search.setOnAction(e -> applyFilters()); // Enter in the search filters at once, as the Lọc button does
        dateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().startDate()));
        dateColumn.setCellFactory(Tables.cells(VnFormats::date));
        unitColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().unitName()));
        unitColumn.setCellFactory(Tables.cells(s -> s));
        typeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().typeName()));
        typeColumn.setCellFactory(Tables.cells(s -> s));
        titleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        titleColumn.setCellFactory(Tables.cells(s -> s));
        // a 0 in the column a type does not count is left blank (a training's quantity, a leaflet's participants)
        participantsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                shown(c.getValue(), c.getValue().participants(), true)));
        participantsColumn.setCellFactory(Tables.numberCells());
        quantityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                shown(c.getValue(), c.getValue().quantity(), false)));
        quantityColumn.setCellFactory(Tables.numberCells());
        table.getColumns().forEach(Tables::wholeHeader);
        List.of(dateColumn, unitColumn, typeColumn, participantsColumn, quantityColumn).forEach(Tables::wholeValues);
        table.setItems(model.rows());
        Map<TableColumn<ActivityRow, ?>, ActivitySort.Column> sortColumns = Map.of(dateColumn, ActivitySort.Column.DATE,
                unitColumn, ActivitySort.Column.UNIT, typeColumn, ActivitySort.Column.TYPE,
                titleColumn, ActivitySort.Column.TITLE, participantsColumn, ActivitySort.Column.PARTICIPANTS,
                quantityColumn, ActivitySort.Column.QUANTITY);
        table.setSortPolicy(t -> { // the store sorts: a new order re-reads the pages
            TableColumn<ActivityRow, ?> c = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            model.sortBy(c == null ? ActivitySort.DEFAULT
                    : new ActivitySort(sortColumns.get(c), c.getSortType() == TableColumn.SortType.DESCENDING));
            return true;
        });
        table.setPlaceholder(new Label(Messages.get("activity.empty")));
        table.setRowFactory(t -> {
            TableRow<ActivityRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
            } else if (e.getCode() == KeyCode.DELETE && mayDelete) {
                delete();
            }
        });
        BooleanBinding none = Bindings.createBooleanBinding(() -> selected() == null,
                table.getSelectionModel().selectedItemProperty());
        edit.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        if (!context.mayChange(vn.atr.domain.access.Permission.RECORD_WRITE) && !context.readOnly()) {
            // a manager reads the activities: no add or delete, and "Xem" opens one to read
            for (Button b : java.util.List.of(addButton, delete)) {
                b.setVisible(false);
                b.setManaged(false);
            }
            edit.setText(Messages.get("action.view"));
            mayDelete = false;
        }
        count.textProperty().bind(model.countText());
        search.setOnAction(e -> model.reload());
        type.setOnAction(e -> model.reload());
        unit.setOnAction(e -> model.reload());
        context.onPeriodChange((o, old, p) -> model.reload());
        model.loadChoices(() -> {
            type.getItems().setAll(model.choices().activityTypes());
            unit.getItems().setAll(model.choices().units());
            model.reload();
        });
    }

    private Number shown(ActivityRow row, long value, boolean participants) {
        return row.id() == null || value == 0 && !model.choices().counts(row.typeCode(), participants) ? null : value;
    }

    @Override
    public void refresh() {
        model.reload();
    }

    /** Shows only the activities a dashboard bar stands for. */
    @Override
    public void showOnly(String typeCode, String unitCode, LocalDate fromDay, LocalDate toDay) {
        model.showOnly(typeCode, unitCode, fromDay, toDay);
    }

    /** The selected row once its page is read (a placeholder cannot be edited). */
    private ActivityRow selected() {
        int i = table.getSelectionModel().getSelectedIndex();
        ActivityRow row = i < 0 || i >= table.getItems().size() ? null : table.getItems().get(i);
        return row == null || row.id() == null ? null : row;
    }

    @FXML
    private void applyFilters() {
        model.reload();
    }

    @FXML
    private void clearFilters() {
        model.clearFilters();
    }

    @FXML
    private void add() {
        ActivityFormController.open(context, table.getScene().getWindow(), model.choices(), null,
                model.installationUnit(), this::saved);
    }

    /**
     * Reloads the list; an activity saved with a day outside the period shown would leave it without a word, and
     * the officer would enter it again: the notice says where it went.
     */
    private void saved(vn.atr.domain.Activity a) {
        model.reload();
        model.outsidePeriodNotice(a).ifPresent(m -> Dialogs.info(table.getScene().getWindow(), m, "activity-elsewhere"));
    }

    @FXML
    private void edit() {
        ActivityRow row = selected();
        if (row == null) {
            return;
        }
        model.read(row, a -> ActivityFormController.open(context, table.getScene().getWindow(), model.choices(), a,
                a.unitCode(), this::saved));
    }

    @FXML
    private void delete() {
        ActivityRow row = selected();
        if (row == null) {
            return;
        }
        String what = VnFormats.date(row.startDate()) + " - " + row.typeName()
                + (row.title() == null ? "" : " - " + row.title());
        Dialogs.confirm(table.getScene().getWindow(), Messages.get("activity.deleteConfirm", what), "action.delete",
                () -> model.delete(row, model::reload));
    }
}
