package vn.atr.ui.firstrun;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Choice;

/** Binds the first-run form to its view model. */
public final class FirstRunController {
    private final FirstRunViewModel model;

    @FXML private TextField superior;
    @FXML private TextField issuing;
    @FXML private TextField abbreviation;
    @FXML private TextField place;
    @FXML private ComboBox<Choice> unit;
    @FXML private CheckBox loadSample;
    @FXML private Label issuingError;
    @FXML private Label unitError;

    public FirstRunController(AppContext context) {
        this.model = new FirstRunViewModel(context);
    }

    @FXML
    private void initialize() {
        superior.textProperty().bindBidirectional(model.superior);
        issuing.textProperty().bindBidirectional(model.issuing);
        abbreviation.textProperty().bindBidirectional(model.abbreviation);
        place.textProperty().bindBidirectional(model.place);
        unit.setItems(model.units());
        unit.valueProperty().bindBidirectional(model.unit);
        vn.atr.ui.common.TypeToFind.install(unit);
        loadSample.selectedProperty().bindBidirectional(model.loadSample);
        loadSample.visibleProperty().bind(model.sampleOffered);
        loadSample.managedProperty().bind(model.sampleOffered);
        model.sampleOffered.addListener((o, was, offered) -> { // the dialog was sized with the box: fit it again
            if (loadSample.getScene() != null && loadSample.getScene().getWindow() != null) {
                loadSample.getScene().getWindow().sizeToScene();
            }
        });
        model.errors().bind(issuingError, issuing, "issuingAgency");
        model.errors().bind(unitError, unit, "unitCode");
        model.load();
    }

    FirstRunViewModel model() {
        return model;
    }
}
