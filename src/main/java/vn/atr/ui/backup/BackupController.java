package vn.atr.ui.backup;

import java.io.File;
import java.nio.file.Path;
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
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import vn.atr.domain.Messages;
import vn.atr.service.backup.BackupService;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.backup.BackupViewModel.Row;
import vn.atr.ui.shell.AboutDialog;

/** The backup screen: back up to a USB stick or folder, and restore from a listed or chosen backup. Binds only. */
public final class BackupController implements Refreshable {
    private final AppContext context;
    private final BackupViewModel model;

    @FXML private Label denied;
    @FXML private VBox serverCard;
    @FXML private Label server;
    @FXML private VBox usbCard;
    @FXML private VBox restoreCard;
    @FXML private Label folderCaption;
    @FXML private TextField folder;
    @FXML private Label passwordCaption;
    @FXML private PasswordField password;
    @FXML private Label passwordAgainCaption;
    @FXML private PasswordField passwordAgain;
    @FXML private Button runBackup;
    @FXML private ProgressIndicator progress;
    @FXML private Label result;
    @FXML private Label autoFolder;
    @FXML private TableView<Row> list;
    @FXML private TableColumn<Row, String> timeColumn;
    @FXML private TableColumn<Row, String> kindColumn;
    @FXML private TableColumn<Row, String> fileColumn;
    @FXML private TableColumn<Row, String> sizeColumn;
    @FXML private Label restorePasswordCaption;
    @FXML private PasswordField restorePassword;
    @FXML private Label details;
    @FXML private Button restore;

    public BackupController(AppContext context) {
        this.context = context;
        this.model = new BackupViewModel(context);
    }

    @FXML
    private void initialize() {
        folderCaption.setLabelFor(folder);
        passwordCaption.setLabelFor(password);
        passwordAgainCaption.setLabelFor(passwordAgain);
        restorePasswordCaption.setLabelFor(restorePassword);
        folder.textProperty().bindBidirectional(model.folder);
        password.textProperty().bindBidirectional(model.password);
        passwordAgain.textProperty().bindBidirectional(model.passwordAgain);
        restorePassword.textProperty().bindBidirectional(model.restorePassword);
        result.textProperty().bind(model.backupResult);
        details.textProperty().bind(model.details);
        progress.visibleProperty().bind(model.busy);
        runBackup.disableProperty().bind(model.busy);
        autoFolder.setText(model.backupFolderText());
        autoFolder.setManaged(!autoFolder.getText().isEmpty());
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().time()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind()));
        fileColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file().getFileName().toString()));
        sizeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().size()));
        sizeColumn.setStyle("-fx-alignment: center-right;");
        list.setPlaceholder(new Label(Messages.get("backupScreen.none")));
        list.setItems(model.rows);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.inspect(row));
        // Only a backup that was just read and checked may replace the store.
        restore.disableProperty().bind(model.inspected.isNull()
                .or(list.getSelectionModel().selectedItemProperty().isNull()));
        boolean allowed = model.allowed();
        denied.setVisible(!allowed);
        denied.setManaged(!allowed);
        usbCard.setDisable(!model.backupAllowed());
        restoreCard.setDisable(!model.restoreAllowed());
        serverCard.setVisible(model.onServer());
        serverCard.setManaged(model.onServer());
        if (model.onServer()) {
            server.setText(model.serverText());
        }
        if (allowed) {
            model.refresh();
        }
    }

    @Override
    public void refresh() {
        if (model.allowed()) {
            model.refresh();
        }
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("backupScreen.chooseFolder").replace("_", ""));
        context.windowState().lastFolder().ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        File chosen = chooser.showDialog(folder.getScene().getWindow());
        if (chosen != null) {
            model.folder.set(chosen.getAbsolutePath());
            context.windowState().setLastFolder(chosen.toPath());
        }
    }

    @FXML
    private void backup() {
        model.backupToFolder();
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("backupScreen.chooseFile").replace("_", ""));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("backupScreen.fileType"),
                "*.db", "*.atrbak"));
        context.services().storeFileIfAny().map(f -> BackupService.backupFolder(f).toFile())
                .filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showOpenDialog(list.getScene().getWindow());
        if (chosen != null) {
            add(chosen.toPath());
        }
    }

    /** Adds a backup file to the list and selects it (also what the tests call instead of the file chooser). */
    public void add(Path file) {
        Row row = model.addFile(file);
        list.getSelectionModel().select(row);
    }

    @FXML
    private void inspect() {
        model.inspect(list.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void restore() {
        Row row = list.getSelectionModel().getSelectedItem();
        if (row != null && model.inspected.get() != null) {
            RestoreAction.confirmAndRestore(context, list.getScene().getWindow(), row.file(), model.restoreSecret());
        }
    }

    /** The guide's page on a server store's backups (pg_dump on the server). */
    @FXML
    private void serverGuide() {
        context.openDocument(context.services().help().pageFor("serverStore"));
    }

    @FXML
    private void about() {
        AboutDialog.show(context, list.getScene().getWindow());
    }
}
