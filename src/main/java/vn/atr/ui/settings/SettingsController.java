package vn.atr.ui.settings;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import vn.atr.domain.Messages;
import vn.atr.ui.shell.AppContext;

/** The settings screen: language, and where the data file is. Binds only. */
public final class SettingsController {
    private final AppContext context;
    private final SettingsViewModel model;

    @FXML private ComboBox<Locale> language;
    @FXML private Label storeFile;

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
        storeFile.setText(Messages.get("status.store", context.services().storeFile()));
    }

    @FXML
    private void about() {
        vn.atr.ui.shell.AboutDialog.show(context, storeFile.getScene().getWindow());
    }
}
