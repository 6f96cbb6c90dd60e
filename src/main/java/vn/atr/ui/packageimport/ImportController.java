package vn.atr.ui.packageimport;

import java.io.File;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.atr.domain.Messages;
import vn.atr.service.exchange.ConflictService.OpenConflict;
import vn.atr.service.exchange.ImportPlan;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.common.Tables;

/** The import screen: verify a package, review its plan, apply it, resolve conflicts side by side. Binds only. */
public final class ImportController implements Refreshable {
    private final ImportViewModel model;

    @FXML private Label denied;
    @FXML private VBox content;
    @FXML private Label fileCaption;
    @FXML private TextField file;
    @FXML private Label passwordCaption;
    @FXML private PasswordField password;
    @FXML private Button verify;
    @FXML private ProgressIndicator progress;
    @FXML private javafx.scene.control.ProgressBar batchProgress;
    @FXML private Label batchStep;
    @FXML private Button stop;
    @FXML private Label describe;
    @FXML private VBox senderBox;
    @FXML private Label sender;
    @FXML private Button approveSender;
    @FXML private Label counts;
    @FXML private Label warnings;
    @FXML private TableView<ImportPlan.Entry> plan;
    @FXML private TableColumn<ImportPlan.Entry, String> outcomeColumn;
    @FXML private TableColumn<ImportPlan.Entry, String> entityColumn;
    @FXML private TableColumn<ImportPlan.Entry, String> recordColumn;
    @FXML private TableColumn<ImportPlan.Entry, String> reasonColumn;
    @FXML private Button apply;
    @FXML private Button addCatalog;
    @FXML private Label result;
    @FXML private TableView<OpenConflict> conflicts;
    @FXML private TableColumn<OpenConflict, String> conflictEntityColumn;
    @FXML private TableColumn<OpenConflict, String> conflictRecordColumn;
    @FXML private TableColumn<OpenConflict, String> conflictVersionsColumn;
    @FXML private TableView<ImportPlan.FieldDifference> differences;
    @FXML private TableColumn<ImportPlan.FieldDifference, String> fieldColumn;
    @FXML private TableColumn<ImportPlan.FieldDifference, String> oursColumn;
    @FXML private TableColumn<ImportPlan.FieldDifference, String> theirsColumn;
    @FXML private Button keepOurs;
    @FXML private Button takeTheirs;

    public ImportController(AppContext context) {
        this.model = new ImportViewModel(context);
    }

    @FXML
    private void initialize() {
        fileCaption.setLabelFor(file);
        passwordCaption.setLabelFor(password);
        file.textProperty().bindBidirectional(model.file);
        password.textProperty().bindBidirectional(model.password);
        describe.textProperty().bind(model.describe);
        counts.textProperty().bind(model.counts);
        warnings.textProperty().bind(model.warnings);
        result.textProperty().bind(model.result);
        progress.visibleProperty().bind(model.busy.and(model.running.isNull()));
        // A batch shows how many packages are done and which one, and may be stopped.
        model.running.addListener((o, old, task) -> {
            batchProgress.progressProperty().unbind();
            batchStep.textProperty().unbind();
            if (task != null) {
                batchProgress.progressProperty().bind(task.progressProperty());
                batchStep.textProperty().bind(task.messageProperty());
            } else {
                batchStep.setText("");
            }
        });
        for (javafx.scene.Node n : new javafx.scene.Node[] {batchProgress, batchStep, stop}) {
            n.visibleProperty().bind(model.running.isNotNull());
            n.managedProperty().bind(model.running.isNotNull());
        }
        verify.disableProperty().bind(model.busy);
        sender.textProperty().bind(model.senderText);
        senderBox.visibleProperty().bind(model.unknownSender.isNotNull());
        senderBox.managedProperty().bind(model.unknownSender.isNotNull());
        approveSender.disableProperty().bind(model.busy.or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.mayApproveSenders(), model.unknownSender)));
        apply.disableProperty().bind(model.busy.or(model.plan.isNull()));
        addCatalog.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.missingCatalog));
        addCatalog.managedProperty().bind(addCatalog.visibleProperty());
        addCatalog.disableProperty().bind(model.busy);
        outcomeColumn.setCellValueFactory(c -> text(ImportPlan.label(c.getValue().outcome())));
        entityColumn.setCellValueFactory(c -> text(ImportPlan.entityLabel(c.getValue().entity())));
        recordColumn.setCellValueFactory(c -> text(model.recordLabel(c.getValue())));
        reasonColumn.setCellValueFactory(c -> text(c.getValue().reason()));
        Label noRows = new Label();
        noRows.setId("import-plan-empty");
        noRows.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.get(
                model.plan.get() == null ? "importScreen.noPlan" : "importScreen.allUnchanged"), model.plan));
        plan.setPlaceholder(noRows);
        plan.setItems(model.entries);
        conflictEntityColumn.setCellValueFactory(c -> text(ImportPlan.entityLabel(c.getValue().entity())));
        conflictRecordColumn.setCellValueFactory(c -> text(model.recordLabel(c.getValue())));
        conflictVersionsColumn.setCellValueFactory(c -> text(Messages.get("importScreen.versions",
                c.getValue().ourVersion(), c.getValue().theirVersion())));
        conflicts.setPlaceholder(new Label(Messages.get("importScreen.noConflicts")));
        conflicts.setItems(model.conflicts);
        conflicts.getSelectionModel().selectedItemProperty().addListener((o, old, c) -> model.select(c));
        fieldColumn.setCellValueFactory(c -> text(c.getValue().field()));
        oursColumn.setCellValueFactory(c -> text(c.getValue().ours()));
        theirsColumn.setCellValueFactory(c -> text(c.getValue().theirs()));
        // Free text a narrow window may cut keeps its whole value in a tooltip.
        recordColumn.setCellFactory(Tables.cells(t -> t));
        reasonColumn.setCellFactory(Tables.cells(t -> t));
        conflictRecordColumn.setCellFactory(Tables.cells(t -> t));
        oursColumn.setCellFactory(Tables.cells(t -> t));
        theirsColumn.setCellFactory(Tables.cells(t -> t));
        differences.setPlaceholder(new Label(Messages.get("importScreen.noDifferences")));
        differences.setItems(model.differences);
        keepOurs.disableProperty().bind(conflicts.getSelectionModel().selectedItemProperty().isNull());
        takeTheirs.disableProperty().bind(conflicts.getSelectionModel().selectedItemProperty().isNull());
        boolean allowed = model.allowed();
        denied.setVisible(!allowed);
        denied.setManaged(!allowed);
        content.setDisable(!allowed);
        model.refreshConflicts();
    }

    private static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s == null ? "" : s);
    }

    @Override
    public void refresh() {
        model.refreshConflicts();
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("importScreen.chooseFile").replace("_", ""));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("importScreen.fileType"),
                "*.atrpkg"));
        // Several files may be chosen: they are imported as one (a city merging its communes' packages).
        List<File> chosen = chooser.showOpenMultipleDialog(file.getScene().getWindow());
        if (chosen != null && !chosen.isEmpty()) {
            model.file.set(String.join("; ", chosen.stream().map(File::getAbsolutePath).toList()));
        }
    }

    @FXML
    private void addCatalog() {
        model.addCatalogEntries();
    }

    @FXML
    private void verify() {
        model.verify();
    }

    @FXML
    private void approveSender() {
        model.approveSender();
    }

    @FXML
    private void apply() {
        model.apply();
    }

    @FXML
    private void stop() {
        model.cancel();
    }

    @FXML
    private void keepOurs() {
        model.resolve(conflicts.getSelectionModel().getSelectedItem(), false);
    }

    @FXML
    private void takeTheirs() {
        model.resolve(conflicts.getSelectionModel().getSelectedItem(), true);
    }
}
