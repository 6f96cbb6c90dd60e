package vn.atr.ui.report;

import java.io.File;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportDraft.Section;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.domain.VnFormats;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.common.FormBinding;
import vn.atr.ui.common.Labels;
import vn.atr.ui.dashboard.DashboardViewModel;

/** The report screen: metadata, narrative, figures preview, export with progress and cancel. Binds only. */
public final class ReportController implements Refreshable, vn.atr.ui.shell.ScreenLeaving {
    private final AppContext context;
    private final ReportViewModel model;
    private Task<?> running;
    private UnsavedTextGuard guard;
    /** Set while the period list is filled again: the combo passing through values is no choice of the user's. */
    private boolean showingPeriods;

    @FXML private TextField number;
    @FXML private DatePicker date;
    @FXML private Label dateError;
    @FXML private TextField signerTitle;
    @FXML private TextField signerName;
    @FXML private TextArea recipients;
    @FXML private Accordion sections;
    @FXML private GridPane figures;
    @FXML private TextField folder;
    @FXML private ProgressBar progress;
    @FXML private Button export;
    @FXML private Button cancel;
    @FXML private Button openFile;
    @FXML private Button openFolder;
    @FXML private Label status;
    @FXML private Button save;
    @FXML private Button submit;
    @FXML private Button reopen;
    @FXML private Button fromPrevious;
    @FXML private Label submission;
    @FXML private ComboBox<ReportPeriod> periodChoice;
    @FXML private Label periodCaption;
    @FXML private CheckBox suppressSmall;
    @FXML private Label templateName;
    @FXML private Button defaultTemplate;

    public ReportController(AppContext context) {
        this.context = context;
        this.model = new ReportViewModel(context);
    }

    @FXML
    private void initialize() {
        number.textProperty().bindBidirectional(model.number);
        FormBinding.date(date, model.date);
        model.errors().bind(dateError, date, "reportDate");
        signerTitle.textProperty().bindBidirectional(model.signerTitle);
        signerName.textProperty().bindBidirectional(model.signerName);
        recipients.textProperty().bindBidirectional(model.recipients);
        for (Section s : Section.values()) {
            TextArea text = new TextArea();
            text.setId("report-section-" + s.name());
            text.setWrapText(true);
            text.setPrefRowCount(6);
            text.setPromptText(Messages.get(promptKey(s))); // what the report prints while the box is empty
            text.textProperty().bindBidirectional(model.sections.get(s));
            sections.getPanes().add(new TitledPane(Labels.of(s), text));
        }
        sections.setExpandedPane(sections.getPanes().get(0));
        folder.textProperty().bindBidirectional(model.folder);
        suppressSmall.selectedProperty().bindBidirectional(model.suppressSmall);
        templateName.textProperty().bind(javafx.beans.binding.Bindings.concat(
                Messages.get("reportScreen.template"), " ", model.templateName));
        defaultTemplate.disableProperty().bind(model.template.isNull());
        periodChoice.setConverter(vn.atr.ui.common.PeriodLabels.converter());
        periodCaption.setLabelFor(periodChoice);
        showPeriods();
        periodChoice.valueProperty().addListener((o, old, p) -> {
            if (!showingPeriods) {
                model.choosePeriod(p);
            }
        });
        status.textProperty().bind(model.status);
        status.textProperty().addListener((o, old, text) -> {
            if (text != null && !text.isBlank()) {
                javafx.application.Platform.runLater(this::bringStatusIntoView);
            }
        });
        export.disableProperty().bind(model.exporting);
        cancel.disableProperty().bind(model.exporting.not());
        progress.visibleProperty().bind(model.exporting);
        progress.managedProperty().bind(model.exporting);
        openFile.disableProperty().bind(model.lastFile.isNull());
        openFolder.disableProperty().bind(model.lastFile.isNull());
        lockWhenSubmitted();
        model.figures.addListener((o, old, s) -> showFigures(s));
        guard = new UnsavedTextGuard(context, model, periodChoice, this::showPeriods);
        guard.install();
        model.load();
    }

    /** The screens are loaded anew (a language change): the unsaved text goes to the report screen that follows. */
    @Override
    public void leaving() {
        guard.leaving();
    }

    private static String promptKey(Section s) {
        return switch (s) {
            case LEGAL_BASIS -> "reportScreen.section.legalBasis.prompt";
            case AFTER_COMMUNICATION, AFTER_CASES, AFTER_VICTIMS -> "reportScreen.section.optional.prompt";
            default -> "reportScreen.section.needed.prompt";
        };
    }

    /** The decree's periods of the selected report year, the selected one chosen. */
    private void showPeriods() {
        // Replacing the items passes the combo through its old value again: that is no choice of the user's.
        showingPeriods = true;
        try {
            periodChoice.getItems().setAll(model.periods());
            periodChoice.setValue(context.period());
        } finally {
            showingPeriods = false;
        }
    }

    /** A submitted report is read-only until it is reopened; so is the text of a session that may not write it. */
    private void lockWhenSubmitted() {
        for (var field : java.util.List.of(number, signerTitle, signerName)) {
            field.editableProperty().bind(model.textLocked.not());
        }
        recipients.editableProperty().bind(model.textLocked.not());
        date.disableProperty().bind(model.textLocked);
        sections.getPanes().forEach(p -> ((TextArea) p.getContent()).editableProperty().bind(model.textLocked.not()));
        save.disableProperty().bind(model.textLocked);
        submit.disableProperty().bind(model.textLocked);
        reopen.disableProperty().bind(model.submitted.not().or(model.readOnlyText));
        fromPrevious.visibleProperty().bind(model.previousOffered);
        fromPrevious.managedProperty().bind(model.previousOffered);
        // submitted: when and by whom; not this session's to write: why the text cannot be typed in
        submission.textProperty().bind(javafx.beans.binding.Bindings.when(model.submitted).then(model.submission)
                .otherwise(vn.atr.domain.Messages.get("reportScreen.readOnlyText")));
        submission.visibleProperty().bind(model.textLocked);
        submission.managedProperty().bind(model.textLocked);
    }

    /** Submitting freezes the figures and locks the text: asked first, "Hủy" being the default. */
    @FXML
    private void submit() {
        model.submitQuestion(question -> Dialogs.confirm(submit.getScene().getWindow(), question,
                "reportScreen.submit", model::submit));
    }

    /** Fills the empty editor with the previous period's text (saved only with "Lưu"). */
    @FXML
    private void startFromPrevious() {
        model.startFromPrevious();
    }

    /** Reopening drops the frozen figures (audited): asked first as well. */
    @FXML
    private void reopen() {
        Dialogs.confirm(reopen.getScene().getWindow(), Messages.get("reportScreen.reopenConfirm", context.period()),
                "reportScreen.reopen", model::reopen);
    }

    @Override
    public void refresh() {
        model.load();
    }

    private void showFigures(Summary s) {
        figures.getChildren().clear();
        int row = 0;
        for (String name : DashboardViewModel.FIGURES) {
            Label value = new Label(VnFormats.number(DashboardViewModel.figure(s, name)));
            value.setId("report-figure-" + name);
            javafx.scene.layout.GridPane.setHalignment(value, javafx.geometry.HPos.RIGHT);
            value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a figure is never cut
            Label label = new Label(DashboardViewModel.figureLabel(name));
            label.setWrapText(true); // a long name takes two lines in the narrow card rather than an ellipsis
            figures.addRow(row++, label, value);
        }
    }

    @FXML
    private void saveDraft() {
        model.saveDraft(() -> { });
    }

    /**
     * The export's result and its cautions ("Lưu ý khi so sánh ...") are written under the export controls, below
     * the bottom of a 768-pixel screen: the page scrolls down to them, never up, once they are laid out.
     */
    private void bringStatusIntoView() {
        for (javafx.scene.Node n = status.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
                pane.layout();
                double viewport = pane.getViewportBounds().getHeight();
                double content = pane.getContent().getLayoutBounds().getHeight();
                javafx.geometry.Bounds at = pane.getContent().sceneToLocal(status.localToScene(status.getBoundsInLocal()));
                if (content > viewport) {
                    double wanted = Math.min(1, Math.max(0, (at.getMaxY() + 12 - viewport) / (content - viewport)));
                    pane.setVvalue(Math.max(pane.getVvalue(), pane.getVmin() + wanted * (pane.getVmax() - pane.getVmin())));
                }
                return;
            }
        }
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        File current = new File(model.folder.get());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        } else {
            context.windowState().lastFolder().ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        }
        File chosen = chooser.showDialog(folder.getScene().getWindow());
        if (chosen != null) {
            model.folder.set(chosen.getAbsolutePath());
            context.windowState().setLastFolder(chosen.toPath());
        }
    }

    @FXML
    private void chooseTemplate() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Word (.docx)", "*.docx"));
        java.nio.file.Path current = model.template.get();
        File start = current != null ? current.toAbsolutePath().getParent().toFile()
                : context.outputFolder().toFile();
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        File chosen = chooser.showOpenDialog(folder.getScene().getWindow());
        if (chosen != null) {
            model.chooseTemplate(chosen.toPath());
        }
    }

    @FXML
    private void defaultTemplate() {
        model.chooseTemplate(null);
    }

    @FXML
    private void export() {
        running = model.export(() -> { });
        progress.progressProperty().bind(running.progressProperty());
    }

    @FXML
    private void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    @FXML
    private void openFile() {
        context.openDocument(model.lastFile.get());
    }

    @FXML
    private void openFolder() {
        context.openDocument(model.lastFile.get().getParent());
    }
}
