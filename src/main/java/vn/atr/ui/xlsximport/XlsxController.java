package vn.atr.ui.xlsximport;

import java.io.File;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.atr.domain.Messages;
import vn.atr.service.xlsximport.XlsxProblem;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Dialogs;

/**
 * The Excel screen: "Tải mẫu Excel" saves the fillable template; "Nhập từ Excel" checks a filled workbook,
 * lists every problem (sheet, row, column, reason) and, after a confirmation, imports all rows or, only
 * when asked, the valid ones. Binds only: the state and the work are in {@link XlsxViewModel}.
 */
public final class XlsxController {
    private final XlsxViewModel model;

    @FXML private Label denied;
    @FXML private VBox content;
    @FXML private Button template;
    @FXML private Label templateResult;
    @FXML private Label fileCaption;
    @FXML private TextField file;
    @FXML private Button check;
    @FXML private ProgressIndicator progress;
    @FXML private Label result;
    @FXML private Label summary;
    @FXML private Label warnings;
    @FXML private TableView<XlsxProblem> problems;
    @FXML private TableColumn<XlsxProblem, String> sheetColumn;
    @FXML private TableColumn<XlsxProblem, String> rowColumn;
    @FXML private TableColumn<XlsxProblem, String> columnColumn;
    @FXML private TableColumn<XlsxProblem, String> reasonColumn;
    @FXML private Button importAll;
    @FXML private Button importValid;

    public XlsxController(AppContext context) {
        this.model = new XlsxViewModel(context);
    }

    @FXML
    private void initialize() {
        fileCaption.setLabelFor(file);
        file.textProperty().bindBidirectional(model.file);
        templateResult.textProperty().bind(model.templateResult);
        result.textProperty().bind(model.result);
        summary.textProperty().bind(model.summary);
        warnings.textProperty().bind(model.warnings);
        progress.visibleProperty().bind(model.busy);
        template.disableProperty().bind(model.busy);
        check.disableProperty().bind(model.busy);
        importAll.disableProperty().bind(model.canImportAll().not());
        importValid.visibleProperty().bind(model.canImportValid());
        importValid.managedProperty().bind(model.canImportValid());
        importValid.disableProperty().bind(model.busy);
        sheetColumn.setCellValueFactory(c -> text(c.getValue().sheet()));
        rowColumn.setCellValueFactory(c -> text(c.getValue().row() == 0 ? "" : String.valueOf(c.getValue().row())));
        columnColumn.setCellValueFactory(c -> text(c.getValue().column()));
        reasonColumn.setCellValueFactory(c -> text(c.getValue().reason()));
        // the reason takes the table's width (it was cut beside an empty column), and a long one has a tooltip
        reasonColumn.setCellFactory(vn.atr.ui.common.Tables.cells(s -> s));
        problems.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.tablePlaceholder);
        problems.setPlaceholder(placeholder);
        problems.setItems(model.problems);
        boolean allowed = model.allowed();
        denied.setVisible(!allowed);
        denied.setManaged(!allowed);
        content.setDisable(!allowed);
    }

    private static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s == null ? "" : s);
    }

    private static FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey).replace("_", ""));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("xlsxScreen.fileType"),
                "*.xlsx"));
        return chooser;
    }

    @FXML
    private void saveTemplate() {
        FileChooser chooser = chooser("xlsxScreen.template");
        chooser.setInitialFileName(Messages.get("xlsxScreen.templateName"));
        File chosen = chooser.showSaveDialog(file.getScene().getWindow());
        if (chosen != null) {
            model.saveTemplate(chosen.toPath());
        }
    }

    @FXML
    private void chooseFile() {
        File chosen = chooser("xlsxScreen.chooseFile").showOpenDialog(file.getScene().getWindow());
        if (chosen != null) {
            model.file.set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void check() {
        model.check();
    }

    @FXML
    private void importAll() {
        confirmAndImport(false);
    }

    @FXML
    private void importValid() {
        confirmAndImport(true);
    }

    private void confirmAndImport(boolean validOnly) {
        if (model.checked.get() == null) {
            return;
        }
        Dialogs.confirm(file.getScene().getWindow(), model.confirmation(validOnly),
                validOnly ? "xlsxScreen.importValid" : "xlsxScreen.import", () -> model.importChecked(validOnly));
    }
}
