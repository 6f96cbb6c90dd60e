package vn.atr.ui.packageexport;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.atr.domain.Messages;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.TypeToFind;

/** The export screen: a data package of the window's period for the city. Binds only. */
public final class ExportController implements Refreshable {
    private final ExportViewModel model;

    @FXML private Label denied;
    @FXML private VBox content;
    @FXML private Label period;
    @FXML private Label unitCaption;
    @FXML private ComboBox<Choice> unit;
    @FXML private Label fileCaption;
    @FXML private TextField file;
    @FXML private CheckBox withIdentifiers;
    @FXML private Label passwordCaption;
    @FXML private PasswordField password;
    @FXML private Label passwordAgainCaption;
    @FXML private PasswordField passwordAgain;
    @FXML private Button run;
    @FXML private ProgressIndicator progress;
    @FXML private Label result;
    @FXML private Button openFolder;

    private final AppContext context;

    public ExportController(AppContext context) {
        this.context = context;
        this.model = new ExportViewModel(context);
    }

    @FXML
    private void initialize() {
        unitCaption.setLabelFor(unit);
        fileCaption.setLabelFor(file);
        passwordCaption.setLabelFor(password);
        passwordAgainCaption.setLabelFor(passwordAgain);
        unit.setItems(model.units);
        unit.valueProperty().bindBidirectional(model.unit);
        TypeToFind.install(unit);
        unit.setDisable(model.unitFixed());
        file.textProperty().bindBidirectional(model.out);
        withIdentifiers.selectedProperty().bindBidirectional(model.withIdentifiers);
        withIdentifiers.setDisable(!model.identifiersAllowed());
        password.textProperty().bindBidirectional(model.password);
        passwordAgain.textProperty().bindBidirectional(model.passwordAgain);
        password.disableProperty().bind(model.withIdentifiers.not());
        passwordAgain.disableProperty().bind(model.withIdentifiers.not());
        result.textProperty().bind(model.result);
        progress.visibleProperty().bind(model.busy);
        run.disableProperty().bind(model.busy);
        openFolder.disableProperty().bind(model.written.isNull());
        boolean allowed = model.allowed();
        denied.setVisible(!allowed);
        denied.setManaged(!allowed);
        content.setDisable(!allowed);
        if (allowed) {
            model.loadUnits();
        }
        refresh();
    }

    @Override
    public void refresh() {
        period.setText(model.periodText());
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("exportScreen.chooseFile").replace("_", ""));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("importScreen.fileType"),
                "*.atrpkg"));
        context.windowState().lastFolder().ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        File chosen = chooser.showSaveDialog(file.getScene().getWindow());
        if (chosen != null) {
            model.out.set(chosen.getAbsolutePath());
            context.windowState().setLastFolder(chosen.toPath().toAbsolutePath().getParent());
        }
    }

    @FXML
    private void export() {
        model.export();
    }

    @FXML
    private void openFolder() {
        model.openFolder();
    }
}
