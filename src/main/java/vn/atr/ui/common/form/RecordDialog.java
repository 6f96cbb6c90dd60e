package vn.atr.ui.common.form;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.atr.domain.Messages;
import vn.atr.domain.Violation;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.common.Host;
import vn.atr.ui.common.FormBinding;
import vn.atr.ui.common.Mnemonics;
import vn.atr.ui.common.OpenForms;
import vn.atr.ui.common.Styles;

/**
 * The modal form window every record kind shares (cases, victims, support, metrics...): inputs
 * generated from the fields, inline messages, Enter saves, Esc cancels, unsaved edits guarded.
 */
public final class RecordDialog<T> {
    private final Host context;
    private final RecordForm form;
    private final Stage stage = new Stage();

    private RecordDialog(Host context, RecordForm form) {
        this.context = context;
        this.form = form;
    }

    /** Opens the form of {@code edit}; {@code onSaved} runs once the record is stored and the window closed. */
    public static <T> void open(Host context, Window owner, String title, RecordForm form, Supplier<T> build,
                                Function<T, List<Violation>> validate, Function<T, T> save, Runnable onSaved) {
        open(context, owner, title, new RecordEdit<>(form, build, validate, save), onSaved);
    }

    public static <T> void open(Host context, Window owner, String title, RecordEdit<T> edit, Runnable onSaved) {
        open(context, owner, title, edit, onSaved, true);
    }

    /**
     * As {@link #open(Host, Window, String, RecordEdit, Runnable)}; with {@code mayChange} false (a manager
     * reading a case) the form only shows the record: its fields cannot be changed, there is no save, Esc closes.
     */
    public static <T> void open(Host context, Window owner, String title, RecordEdit<T> edit, Runnable onSaved,
                                boolean mayChange) {
        RecordForm form = edit.form();
        RecordDialog<T> d = new RecordDialog<>(context, form);
        Button ok = new Button(Messages.get("action.save"));
        ok.setId("form-save");
        ok.setDefaultButton(true);
        ok.getStyleClass().add("accent");
        ok.setOnAction(e -> d.save(edit, onSaved));
        ok.setDisable(context.readOnly());
        Button cancel = new Button(Messages.get("action.cancel"));
        cancel.setId("form-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> d.cancel());
        Label keys = new Label(Messages.get(!mayChange ? "form.keys.view"
                : form.fields().stream().anyMatch(f -> f.kind() == Field.Kind.AREA) ? "form.keys.withNotes" : "form.keys"));
        keys.getStyleClass().add("text-muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, keys, gap, ok, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        javafx.scene.Node grid = d.grid(ok.getText(), cancel.getText());
        if (!mayChange) {
            ok.setVisible(false);
            ok.setManaged(false);
            cancel.setText(Messages.get("action.close"));
            cancel.setDefaultButton(true);
            showOnly(grid);
        }
        ScrollPane body = new ScrollPane(grid);
        form.onEdit(edit::recheck);
        body.setFitToWidth(true);
        body.getStyleClass().add("edge-to-edge");
        VBox root = new VBox(10, body, buttons);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.setPadding(new Insets(16, 20, 16, 20));
        root.setPrefWidth(640);
        root.setMaxHeight(720);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.stylesheet());
        // Enter saves from every field, as the form's hint says: on a check box it would tick the box instead
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && scene.getFocusOwner() instanceof CheckBox
                    && !ok.isDisabled()) {
                e.consume();
                ok.fire();
            }
            if (scene.getFocusOwner() instanceof TextArea area) {
                NotesKeys.handle(e, area, ok);
            }
        });
        d.stage.setScene(scene);
        d.stage.setTitle(title);
        d.stage.initOwner(owner);
        d.stage.initModality(Modality.WINDOW_MODAL);
        d.stage.setOnCloseRequest(e -> {
            e.consume();
            d.cancel();
        });
        form.markClean();
        OpenForms.register(owner, new OpenForms.Form() {
            @Override
            public boolean dirty() {
                return form.dirty().get();
            }

            @Override
            public void save(Runnable closed) {
                d.save(edit, () -> {
                    onSaved.run();
                    closed.run();
                });
            }

            @Override
            public void discard() {
                d.stage.close();
            }

            @Override
            public Window window() {
                return d.stage;
            }
        });
        d.stage.show();
    }

    private GridPane grid(String... buttonTexts) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // a narrow window narrows the inputs, not the captions
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        List<Label> fieldLabels = new java.util.ArrayList<>();
        for (Field f : form.fields()) {
            javafx.scene.Node input = input(f);
            Label error = new Label();
            form.errors().bind(error, input, f.name());
            Label label = new Label(Messages.get("field." + f.name()));
            label.setLabelFor(focusTarget(input));
            label.setMinWidth(170); // the captions line up from form to form
            fieldLabels.add(label);
            VBox cell = new VBox(input, error);
            if (f.hintKey() != null) {
                Label hint = new Label(Messages.get(f.hintKey()));
                hint.setWrapText(true);
                hint.setMinHeight(Region.USE_PREF_SIZE); // both lines, not the first one cut in a small dialog
                hint.getStyleClass().add("form-hint");
                cell.getChildren().add(1, hint);
            }
            grid.addRow(row++, label, cell);
        }
        Mnemonics.assign(fieldLabels, buttonTexts);
        return grid;
    }

    /** Alt+letter on a group of check boxes goes to the first box. */
    private static javafx.scene.Node focusTarget(javafx.scene.Node input) {
        return input instanceof FlowPane p && !p.getChildren().isEmpty() ? p.getChildren().get(0) : input;
    }

    private javafx.scene.Node input(Field f) {
        String id = "form-" + f.name();
        switch (f.kind()) {
            case AREA -> {
                TextArea a = new TextArea();
                a.setPrefRowCount(3);
                a.setWrapText(true);
                a.textProperty().bindBidirectional(form.textProperty(f.name()));
                a.setId(id);
                return a;
            }
            case DATE -> {
                DatePicker p = new DatePicker();
                p.setEditable(true);
                FormBinding.date(p, form.textProperty(f.name()));
                p.setId(id);
                return p;
            }
            case NUMBER -> {
                TextField t = new TextField();
                t.setMaxWidth(180);
                FormBinding.number(t, form.textProperty(f.name()));
                t.setId(id);
                return t;
            }
            case YEAR -> {
                TextField t = new TextField();
                t.setMaxWidth(100);
                t.getStyleClass().add("number-field");
                t.textProperty().bindBidirectional(form.textProperty(f.name()));
                t.setId(id);
                return t;
            }
            case CHOICE -> {
                ComboBox<Choice> c = new ComboBox<>();
                c.getItems().setAll(f.choices());
                c.setMaxWidth(Double.MAX_VALUE);
                c.valueProperty().bindBidirectional(form.choiceProperty(f.name()));
                vn.atr.ui.common.TypeToFind.install(c);
                c.setId(id);
                return c;
            }
            case CHECK -> {
                CheckBox b = new CheckBox();
                b.selectedProperty().bindBidirectional(form.checkProperty(f.name()));
                b.setId(id);
                return b;
            }
            case MULTI -> {
                FlowPane pane = new FlowPane(12, 4);
                for (Choice c : f.choices()) {
                    CheckBox b = new CheckBox(c.label());
                    b.setId(id + "-" + c.code());
                    b.selectedProperty().bindBidirectional(form.checkProperty(f.name() + "." + c.code()));
                    pane.getChildren().add(b);
                }
                pane.setId(id);
                return pane;
            }
            default -> {
                TextField t = new TextField();
                t.textProperty().bindBidirectional(form.textProperty(f.name()));
                t.setId(id);
                return t;
            }
        }
    }

    /** The fields shown but not changed: text can still be selected and scrolled, choices are greyed. */
    public static void showOnly(javafx.scene.Node grid) {
        if (grid instanceof javafx.scene.Parent p) {
            p.applyCss();
            for (javafx.scene.Node n : p.lookupAll("*")) {
                if (n instanceof javafx.scene.control.TextInputControl t) {
                    t.setEditable(false);
                } else if (n instanceof javafx.scene.control.ComboBoxBase<?> || n instanceof CheckBox
                        || n instanceof javafx.scene.control.ListView<?>) {
                    n.setDisable(true);
                }
            }
        }
    }

    private void save(RecordEdit<T> edit, Runnable onSaved) {
        edit.submit(context.tasks(), saved -> {
            form.markClean();
            stage.close();
            onSaved.run();
        }, askLookalikes(stage));
    }

    /** Asks whether a record that looks like stored ones (typed twice?) is still saved; "keep editing" by default. */
    public static RecordEdit.Ask askLookalikes(Window owner) {
        // Enter keeps the form open (the confirmation's safe default) rather than saving a second copy
        return (lines, proceed) -> Dialogs.confirm(owner, Messages.get("record.lookalikes",
                String.join("\n", lines.stream().map(l -> "- " + l).toList())),
                "action.saveAnyway", "action.keepEditing", proceed);
    }

    private void cancel() {
        if (!form.dirty().get()) {
            stage.close();
            return;
        }
        Dialogs.confirmDiscard(stage, stage::close);
    }
}
