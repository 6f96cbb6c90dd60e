package vn.atr.ui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportDraft.Section;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.domain.VnFormats;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.Placeholders;
import vn.atr.domain.report.ReportOptions;
import vn.atr.service.report.ReportRequest;
import vn.atr.service.report.ReportService;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.FieldErrors;

/**
 * The report of the selected period: the compiler's metadata and narrative (saved per period), the
 * computed figures, and the export of both files as one cancellable task with progress.
 */
public final class ReportViewModel {
    private final AppContext context;
    private final FieldErrors errors = new FieldErrors();
    private ReportDraft draft;
    /** The period's model as last shown (its figures and agency), for the gaps asked about before submitting. */
    private ReportModel shown;

    final StringProperty number = new SimpleStringProperty("");
    final StringProperty date = new SimpleStringProperty("");
    static final String TITLE_LINE_BREAK = " / ";
    final StringProperty signerTitle = new SimpleStringProperty("");
    final StringProperty signerName = new SimpleStringProperty("");
    final StringProperty recipients = new SimpleStringProperty("");
    final Map<Section, StringProperty> sections = new EnumMap<>(Section.class);
    final StringProperty folder = new SimpleStringProperty("");
    /** The Word template chosen for this store (null: the one beside the store if any, else the default layout). */
    final ObjectProperty<Path> template = new SimpleObjectProperty<>();
    final StringProperty templateName = new SimpleStringProperty("");
    final StringProperty status = new SimpleStringProperty("");
    /** The last export's gaps that print as placeholders (written by the export task, read on success). */
    private volatile String gaps;
    final ObjectProperty<Summary> figures = new SimpleObjectProperty<>();
    final ObjectProperty<Path> lastFile = new SimpleObjectProperty<>();
    final BooleanProperty exporting = new SimpleBooleanProperty();
    /** Victim counts from 1 to 4 written "< 5" (the command line's {@code --suppress-small}). */
    final BooleanProperty suppressSmall = new SimpleBooleanProperty();
    /** The period's report was submitted: its text is locked and its figures are the frozen ones. */
    final BooleanProperty submitted = new SimpleBooleanProperty();
    /**
     * This session may not write the report's text (ward staff, managers): its fields are read-only and its save,
     * submit and reopen buttons off, rather than refused after the text was typed.
     */
    final BooleanProperty readOnlyText = new SimpleBooleanProperty();
    /** The text cannot be edited now: submitted, or not this session's to write. */
    final javafx.beans.binding.BooleanBinding textLocked = submitted.or(readOnlyText);
    final StringProperty submission = new SimpleStringProperty("");
    /** The period's draft is empty and the previous period's text may start it ({@link #startFromPrevious}). */
    final BooleanProperty previousOffered = new SimpleBooleanProperty();
    private ReportDraft previous;
    /**
     * The sections shown as drafted from the data, not stored: saved unchanged they stay out of the stored draft,
     * so that they keep following the data (a plan recorded later still reaches the legal basis) until edited.
     */
    private final Map<Section, String> drafted = new EnumMap<>(Section.class);
    /** The editor's fields as last shown or saved: text that differs from them is not saved yet. */
    private List<String> saved = List.of();

    /** The editor's unsaved text and the period it belongs to, handed to the screen that replaces this one. */
    public record Unsaved(ReportPeriod period, List<String> fields) {
    }

    /** Text handed over by the screen this one replaced, shown once its period's draft is loaded. */
    private Unsaved pending;

    public ReportViewModel(AppContext context) {
        this.context = context;
        this.pending = context.takeHandedOver(Unsaved.class).orElse(null);
        for (Section s : Section.values()) {
            sections.put(s, new SimpleStringProperty(""));
        }
        folder.set(context.outputFolder().toString());
        template.set(context.windowState().reportTemplate(context.storeKey()).orElse(null));
        template.addListener((o, old, t) -> templateName.set(templateName(t)));
        templateName.set(templateName(template.get()));
    }

    /**
     * The periods of the decree in the report year of the selected period: the year, 9 and 6 months, the
     * quarters and the months (the same choices as the command line's {@code --period}).
     */
    public List<ReportPeriod> periods() {
        int year = context.period().year();
        List<ReportPeriod> list = new java.util.ArrayList<>(List.of(ReportPeriod.ofYear(year),
                ReportPeriod.ofNineMonths(year), ReportPeriod.ofHalfYear(year)));
        for (int q = 1; q <= 4; q++) {
            list.add(ReportPeriod.ofQuarter(year, q));
        }
        for (int m = 1; m <= 12; m++) {
            list.add(ReportPeriod.ofMonth(year, m));
        }
        if (!list.contains(context.period())) {
            list.add(0, context.period());
        }
        return list;
    }

    /** Makes {@code p} the period of the whole window (the report, the dashboard and the lists follow it). */
    public void choosePeriod(ReportPeriod p) {
        if (p != null && !p.equals(context.period())) {
            context.periodProperty().set(p);
        }
    }

    public FieldErrors errors() {
        return errors;
    }

    /**
     * Reads the period's draft and figures; when the compiler has written nothing for the period yet, also the
     * previous period's text that may start it.
     */
    public void load() {
        ReportPeriod p = context.period();
        ReportService reports = context.services().report();
        var session = context.services().session();
        boolean writer = session.has(vn.atr.domain.access.Permission.REPORT_DRAFT) && session.restrictedUnit().isEmpty();
        readOnlyText.set(!writer);
        context.tasks().run(() -> {
            ReportModel m = reports.build(p, Optional.empty());
            ReportDraft stored = writer ? reports.drafts().get(p) : null;
            return new Loaded(m, stored, stored != null && stored.sections().isEmpty()
                    ? reports.drafts().previousNarrative(p) : Optional.empty());
        }, loaded -> {
            show(loaded.model(), loaded.stored());
            previous = loaded.previous().orElse(null);
            previousOffered.set(previous != null && !submitted.get());
        });
    }

    /** One load: the report's model, the period's stored draft (null if this session may not write it), the offer. */
    private record Loaded(ReportModel model, ReportDraft stored, Optional<ReportDraft> previous) {
    }

    /**
     * Fills the empty editor with the previous period's narrative, signer and recipients (what
     * {@code DraftService.previousNarrative} offers), to edit and save; the drafted sections stay where the
     * previous period has nothing. Nothing is stored until the compiler saves.
     */
    public void startFromPrevious() {
        if (previous == null) {
            return;
        }
        previous.sections().forEach((s, text) -> sections.get(s).set(text));
        signerTitle.set(titleOnOneLine(previous.signerTitle()));
        signerName.set(nz(previous.signerName()));
        recipients.set(String.join("\n", previous.recipients()));
        previousOffered.set(false);
        status.set(Messages.get("reportScreen.previousFilled", context.period().previous().toString()));
    }

    /**
     * Shows the period's figures and, unless the editor holds unsaved text of that same period (coming back to the
     * screen reloads it), its draft.
     */
    private void show(ReportModel m, ReportDraft stored) {
        shown = m;
        if (!(dirty() && m.draft().period().equals(draft.period()))) {
            draft = m.draft();
            drafted.clear();
            if (stored != null) {
                drafted.putAll(draft.sectionsNotIn(stored));
            }
            number.set(nz(draft.number()));
            date.set(VnFormats.date(draft.date()));
            signerTitle.set(titleOnOneLine(draft.signerTitle()));
            signerName.set(nz(draft.signerName()));
            recipients.set(String.join("\n", draft.recipients()));
            sections.forEach((s, text) -> text.set(draft.section(s).orElse("")));
            saved = fields();
            if (pending != null && pending.period().equals(draft.period())) {
                setFields(pending.fields()); // still unsaved: the editor shows it as it was left
                pending = null;
            }
        }
        figures.set(m.current().summary());
        submitted.set(m.submission().isPresent());
        submission.set(m.submission().map(x -> Messages.get("reportScreen.submittedNote", x.whenAndWho())).orElse(""));
    }

    /** Saves what is on screen, then submits the period's report: its figures are frozen as they are now. */
    /**
     * The question asked before {@link #submit}: what submitting does, and what the compiler should know first
     * (a period not over yet, conflicts still open: {@code ReportCautions}); handed to {@code ask} once counted.
     */
    public void submitQuestion(java.util.function.Consumer<String> ask) {
        ReportPeriod p = context.period();
        // the parts still unwritten as the editor shows them (saved or not: submitting saves them first)
        List<String> gaps = shown == null || draft == null ? List.of() : Placeholders.of(shown.withDraft(onScreen()));
        context.tasks().run(() -> context.services().conflicts().openCount(), open -> {
            List<String> lines = new ArrayList<>();
            lines.add(Messages.get("reportScreen.submitConfirm", p));
            lines.addAll(vn.atr.service.report.ReportCautions.beforeSubmit(p, java.time.LocalDate.now(), open, gaps));
            ask.accept(String.join("\n\n", lines));
        });
    }

    /** The draft as the editor shows it, every section's text included (drafted or typed), for its gaps. */
    private ReportDraft onScreen() {
        java.time.LocalDate day;
        try {
            day = VnFormats.parseDate(date.get());
        } catch (RuntimeException e) {
            day = null; // not a date yet: the number and date are then a gap
        }
        Map<Section, String> texts = new EnumMap<>(Section.class);
        sections.forEach((s, t) -> {
            if (!t.get().isBlank()) {
                texts.put(s, t.get());
            }
        });
        return new ReportDraft(draft.period(), blank(number.get()), day, titleLines(signerTitle.get()),
                blank(signerName.get()), draft.recipients(), texts, draft.status(), draft.version());
    }

    public void submit() {
        ReportPeriod p = context.period();
        saveDraft(() -> context.tasks().run(() -> context.services().report().submit(p), d -> {
            load();
            status.set(Messages.get("reportScreen.submittedDone"));
        }));
    }

    /** Reopens a submitted report for editing (audited); its figures are computed from the data again. */
    public void reopen() {
        ReportPeriod p = context.period();
        context.tasks().run(() -> context.services().report().reopen(p), d -> {
            load();
            status.set(Messages.get("reportScreen.reopenedDone"));
        });
    }

    /**
     * The editor holds text not saved yet: typed, or filled from the previous period, since the period's draft was
     * shown or saved. Never for a submitted report, whose text cannot be edited.
     */
    public boolean dirty() {
        return draft != null && !submitted.get() && !fields().equals(saved);
    }

    /** The period whose draft the editor shows (the one a save writes), or null before the first load. */
    public ReportPeriod draftPeriod() {
        return draft == null ? null : draft.period();
    }

    /** The unsaved text, if any, with its period. */
    public Optional<Unsaved> unsaved() {
        return dirty() ? Optional.of(new Unsaved(draft.period(), fields())) : Optional.empty();
    }

    private void setFields(List<String> all) {
        List<StringProperty> targets = new java.util.ArrayList<>(List.of(number, date, signerTitle, signerName,
                recipients));
        targets.addAll(sections.values());
        for (int i = 0; i < targets.size() && i < all.size(); i++) {
            targets.get(i).set(all.get(i));
        }
    }

    private List<String> fields() {
        List<String> all = new java.util.ArrayList<>(List.of(number.get(), date.get(), signerTitle.get(),
                signerName.get(), recipients.get()));
        sections.values().forEach(t -> all.add(t.get()));
        return all;
    }

    /** Saves the metadata and narrative of the period (refused with a message if the date is wrong). */
    public boolean saveDraft(Runnable then) {
        errors.clear();
        var day = errors.date("reportDate", date.get());
        if (!errors.publish() || draft == null) {
            return false;
        }
        Map<Section, String> texts = new EnumMap<>(Section.class);
        sections.forEach((s, t) -> {
            if (!t.get().equals(drafted.get(s))) { // drafted text left as it is stays drafted from the data
                texts.put(s, t.get());
            }
        });
        List<String> lines = Arrays.stream(recipients.get().split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        ReportDraft next = new ReportDraft(draft.period(), blank(number.get()), day, titleLines(signerTitle.get()),
                blank(signerName.get()), lines, texts, draft.status(), draft.version());
        List<String> sent = fields();
        context.tasks().run(() -> context.services().report().drafts().save(next), stored -> {
            draft = stored;
            saved = sent;
            status.set(Messages.get("reportScreen.draftSaved"));
            then.run();
        });
        return true;
    }

    /**
     * The signer's title has two lines in the document ("KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"), but a one-line field
     * drops line breaks, which once saved both lines run together: the field shows them separated by " / ".
     */
    static String titleOnOneLine(String title) {
        return nz(title).replace("\r\n", "\n").replace("\n", TITLE_LINE_BREAK);
    }

    static String titleLines(String shown) {
        String title = blank(shown);
        return title == null ? null : title.replaceAll("\\s*/\\s*", "\n");
    }

    /** Chooses the Word template of this store's reports (null: back to the default), remembered for the store. */
    public void chooseTemplate(Path file) {
        template.set(file);
        context.windowState().setReportTemplate(context.storeKey(), java.util.Optional.ofNullable(file));
    }

    /** What the export will use: the file chosen, the store's own template, or the default layout. */
    private String templateName(Path chosen) {
        if (chosen != null) {
            return String.valueOf(chosen.getFileName());
        }
        return context.services().report().effectiveTemplate(java.util.Optional.empty())
                .map(f -> Messages.get("reportScreen.template.beside", f.getFileName()))
                .orElse(Messages.get("reportScreen.template.default"));
    }

    /** The export asked for: both files of the period in {@code dir}, with the options and template chosen. */
    ReportRequest request(ReportPeriod p, Path dir) {
        return ReportRequest.toFolder(p, dir, new ReportOptions(suppressSmall.get()))
                .withTemplate(java.util.Optional.ofNullable(template.get()));
    }

    /** Writes the .docx then the .xlsx of the period into the folder (one service call); cancelling stops between steps. */
    public Task<Path> export(Runnable then) {
        ReportPeriod p = context.period();
        Path dir = Path.of(folder.get().strip());
        ReportRequest request = request(p, dir);
        String base = ReportRequest.baseName(p);
        ReportService reports = context.services().report();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                Files.createDirectories(dir);
                updateProgress(0, 1);
                var result = reports.export(request, this::step);
                List<String> said = new ArrayList<>();
                String unwritten = result.model().unitName().isPresent()
                        ? Messages.get("report.extractNote", result.model().unitName().get())
                        : Placeholders.warning(Placeholders.of(result.model()), Placeholders.Where.WINDOW);
                if (unwritten != null) {
                    said.add(unwritten);
                }
                said.addAll(vn.atr.service.report.ReportCautions.written(result.model(),
                        context.services().conflicts().openCount()));
                if (result.model().isDraft()) {
                    said.add(0, Messages.get("reportScreen.exportedDraft"));
                }
                gaps = said.isEmpty() ? null : String.join("\n", said);
                updateProgress(1, 1);
                return result.written().get(0);
            }

            /** Progress from the writers; a cancelled export stops at the writer's next step. */
            private void step(double fraction, String step) {
                if (isCancelled()) {
                    throw new java.util.concurrent.CancellationException();
                }
                updateProgress(fraction, 1);
                updateMessage(step);
            }
        };
        exporting.set(true);
        task.setOnCancelled(e -> {
            exporting.set(false);
            status.set(Messages.get("reportScreen.exportCancelled"));
        });
        task.stateProperty().addListener((o, old, s) -> {
            if (s == javafx.concurrent.Worker.State.FAILED) {
                exporting.set(false);
            }
        });
        context.tasks().submit(task, docx -> {
            exporting.set(false);
            lastFile.set(docx);
            status.set(Messages.get("reportScreen.exported", docx.getParent(), base)
                    + (gaps == null ? "" : "\n" + gaps)); // a placeholder never reaches a file unannounced
            then.run();
        });
        return task;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
