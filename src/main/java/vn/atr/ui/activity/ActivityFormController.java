package vn.atr.ui.activity;

import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.atr.domain.Activity;
import vn.atr.domain.Messages;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ViewLoader.View;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.TypeToFind;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.common.FormBinding;
import vn.atr.ui.common.OpenForms;
import vn.atr.ui.common.ReferenceChoices;
import vn.atr.ui.common.Styles;

/** The activity form in its own modal window: Enter saves, Esc cancels, closing asks before losing edits. */
public final class ActivityFormController {
    private final AppContext context;
    private final ActivityFormViewModel model;
    private Stage stage;
    private java.util.function.Consumer<Activity> onSaved = a -> { };

    @FXML private ComboBox<Choice> type;
    @FXML private ComboBox<Choice> unit;
    @FXML private DatePicker startDate;
    @FXML private DatePicker endDate;
    @FXML private TextField title;
    @FXML private ComboBox<String> leadOrg;
    @FXML private TextField targetGroup;
    @FXML private TextField participants;
    @FXML private TextField quantity;
    @FXML private TextArea notes;
    @FXML private CheckBox drugs;
    @FXML private CheckBox prostitution;
    @FXML private CheckBox hiv;
    @FXML private Label typeError;
    @FXML private Label unitError;
    @FXML private Label startDateError;
    @FXML private Label endDateError;
    @FXML private Label participantsError;
    @FXML private Label quantityError;
    @FXML private Label titleError;
    @FXML private Label leadOrgError;
    @FXML private Label targetGroupError;
    @FXML private Label notesError;
    @FXML private Label partnersError;
    @FXML private javafx.scene.control.ListView<Choice> partners;
    @FXML private Button save;
    @FXML private Label keysHint;

    public ActivityFormController(AppContext context) {
        this.context = context;
        this.model = new ActivityFormViewModel(context);
    }

    /** Opens the form for {@code activity} (null: a new one) over {@code owner}. */
    public static void open(AppContext context, Window owner, ReferenceChoices choices, Activity activity,
                            String defaultUnit, java.util.function.Consumer<Activity> onSaved) {
        View<ActivityFormController> view = context.views().load(ActivityFormController.class,
                ActivityFormController::new);
        ActivityFormController c = view.controller();
        c.onSaved = onSaved;
        c.type.getItems().setAll(choices.activityTypes());
        c.unit.getItems().setAll(choices.units());
        c.leadOrg.getItems().setAll(choices.organisations());
        String unitCode = activity == null ? defaultUnit : activity.unitCode();
        c.model.load(activity, activity == null ? null : choices.type(activity.typeCode()).orElse(null),
                choices.unit(unitCode).orElse(null), choices.partners());
        c.save.setDisable(context.readOnly());
        if (!context.mayChange(vn.atr.domain.access.Permission.RECORD_WRITE) && !context.readOnly()) {
            // a manager opens an activity to read it: nothing to save, and nothing typed to lose
            c.save.setVisible(false);
            c.save.setManaged(false);
            vn.atr.ui.common.form.RecordDialog.showOnly(view.root());
            if (view.root().lookup("#form-cancel") instanceof Button close) {
                close.setText(Messages.get("action.close"));
            }
            c.keysHint.setText(Messages.get("form.keys.view"));
        }
        vn.atr.ui.common.form.NotesKeys.install(c.notes, c.save);
        c.stage = new Stage();
        c.stage.initOwner(owner);
        c.stage.initModality(Modality.WINDOW_MODAL);
        c.stage.setTitle(Messages.get(activity == null ? "activity.form.new"
                : context.mayChange(vn.atr.domain.access.Permission.RECORD_WRITE) || context.readOnly()
                ? "activity.form.edit" : "activity.form.view"));
        Scene scene = new Scene(view.root());
        scene.getStylesheets().add(Styles.stylesheet());
        c.stage.setScene(scene);
        c.stage.setOnCloseRequest(e -> {
            e.consume();
            c.cancel();
        });
        OpenForms.register(owner, c.new Guarded());
        c.stage.show();
        c.type.requestFocus();
    }

    @FXML
    private void initialize() {
        type.valueProperty().bindBidirectional(model.type);
        unit.valueProperty().bindBidirectional(model.unit);
        TypeToFind.install(type);
        TypeToFind.install(unit);
        FormBinding.date(startDate, model.startDate);
        FormBinding.date(endDate, model.endDate);
        title.textProperty().bindBidirectional(model.title);
        leadOrg.getEditor().textProperty().bindBidirectional(model.leadOrg);
        targetGroup.textProperty().bindBidirectional(model.targetGroup);
        FormBinding.number(participants, model.participants);
        FormBinding.number(quantity, model.quantity);
        notes.textProperty().bindBidirectional(model.notes);
        drugs.selectedProperty().bindBidirectional(model.drugs);
        prostitution.selectedProperty().bindBidirectional(model.prostitution);
        hiv.selectedProperty().bindBidirectional(model.hiv);
        model.errors().bind(typeError, type, "typeCode");
        model.errors().bind(unitError, unit, "unitCode");
        model.errors().bind(startDateError, startDate, "startDate");
        model.errors().bind(endDateError, endDate, "endDate");
        model.errors().bind(participantsError, participants, "participants");
        model.errors().bind(quantityError, quantity, "quantity");
        model.errors().bind(titleError, title, "title");
        model.errors().bind(leadOrgError, leadOrg, "leadOrg");
        model.errors().bind(targetGroupError, targetGroup, "targetGroup");
        model.errors().bind(notesError, notes, "notes");
        model.errors().bind(partnersError, partners, "partnerOrgs");
        partners.setItems(model.partnerChoices);
        partners.setCellFactory(list -> {
            var cell = new javafx.scene.control.cell.CheckBoxListCell<Choice>(ch -> model.partner(ch.code()));
            // the list is one stop for Tab (arrows and Space inside it): a box per row caught Tab row by row, and
            // what was typed for the next field ticked boxes
            cell.graphicProperty().addListener((o, old, box) -> {
                if (box != null) {
                    box.setFocusTraversable(false);
                }
            });
            return cell;
        });
        partners.setTooltip(new javafx.scene.control.Tooltip(Messages.get("activity.partnersHint")));
        partners.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            Choice at = partners.getFocusModel().getFocusedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && at != null) { // the list's own Space only selects
                model.partner(at.code()).set(!model.partner(at.code()).get());
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) { // the list would keep Esc to itself
                e.consume();
                cancel();
            }
        });
        // Enter saves from every field, as the form's hint says: a check box, the list or the typed organisation
        // would take it otherwise (the organisation's open list keeps it, to pick a name).
        for (javafx.scene.Node n : java.util.List.of(drugs, prostitution, hiv, partners, leadOrg)) {
            n.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !leadOrg.isShowing()) {
                    e.consume();
                    save();
                }
            });
        }
        // A message that appears wraps under its field: the window grows to show it rather than cutting it.
        model.errors().messages().addListener((javafx.collections.MapChangeListener<String, String>) ch -> {
            if (stage != null && stage.isShowing()) {
                javafx.application.Platform.runLater(this::fitToScreen);
            }
        });
    }

    /** The window as tall as its content needs, within the screen it is on. */
    private void fitToScreen() {
        stage.sizeToScene();
        var screens = javafx.stage.Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), 1);
        var bounds = (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0)).getVisualBounds();
        if (stage.getHeight() > bounds.getHeight()) {
            stage.setHeight(bounds.getHeight());
        }
        if (stage.getY() + stage.getHeight() > bounds.getMaxY()) {
            stage.setY(Math.max(bounds.getMinY(), bounds.getMaxY() - stage.getHeight()));
        }
    }

    @FXML
    private void save() {
        model.save(saved -> {
            stage.close();
            onSaved.accept(saved);
        }, vn.atr.ui.common.form.RecordDialog.askLookalikes(stage));
    }

    @FXML
    private void cancel() {
        if (!model.dirty.get()) {
            stage.close();
            return;
        }
        Dialogs.confirmDiscard(stage, stage::close);
    }

    /** What closing the main window may do to this form. */
    private final class Guarded implements OpenForms.Form {
        @Override
        public boolean dirty() {
            return model.dirty.get();
        }

        @Override
        public void save(Runnable closed) {
            model.save(saved -> {
                stage.close();
                onSaved.accept(saved);
                closed.run();
            }, vn.atr.ui.common.form.RecordDialog.askLookalikes(stage));
        }

        @Override
        public void discard() {
            stage.close();
        }

        @Override
        public Window window() {
            return stage;
        }
    }

    ActivityFormViewModel model() {
        return model;
    }
}
