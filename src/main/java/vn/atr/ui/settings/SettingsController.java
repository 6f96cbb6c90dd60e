package vn.atr.ui.settings;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import vn.atr.ui.shell.AppContext;

/** The settings screen: language, where the data is, and the Department's server store. Binds only. */
public final class SettingsController {
    private final AppContext context;
    private final SettingsViewModel model;

    @FXML private ComboBox<Locale> language;
    @FXML private Label storeFile;
    @FXML private Label addressCaption;
    @FXML private TextField address;
    @FXML private Label credentials;
    @FXML private Button check;
    @FXML private Button useServer;
    @FXML private Button useLocal;
    @FXML private ProgressIndicator progress;
    @FXML private Label result;
    @FXML private Label nextStart;

    public SettingsController(AppContext context) {
        this.context = context;
        this.model = new SettingsViewModel(context);
    }

    @FXML
    private void initialize() {
        language.getItems().setAll(SettingsViewModel.LANGUAGES);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return SettingsViewModel.label(l);
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(model.language);
        language.setOnAction(e -> {
            if (model.apply()) {
                context.navigator().reload();
            }
        });
        storeFile.setText(context.storeText());
        addressCaption.setLabelFor(address);
        address.textProperty().bindBidirectional(model.address);
        credentials.setText(model.credentialsText());
        result.textProperty().bind(model.result);
        result.managedProperty().bind(model.result.isNotEmpty()); // no empty line before the first check
        nextStart.textProperty().bind(model.nextStart);
        model.resultOk.addListener((o, was, ok) -> result.getStyleClass().setAll(ok ? "label" : "field-error"));
        progress.visibleProperty().bind(model.busy);
        check.disableProperty().bind(model.busy);
        useServer.disableProperty().bind(model.busy);
        useLocal.disableProperty().bind(model.busy);
    }

    @FXML
    private void check() {
        model.check();
    }

    @FXML
    private void useServer() {
        model.useServer();
    }

    @FXML
    private void useLocal() {
        model.useLocalFile();
    }

    @FXML
    private void about() {
        vn.atr.ui.shell.AboutDialog.show(context, storeFile.getScene().getWindow());
    }
}
