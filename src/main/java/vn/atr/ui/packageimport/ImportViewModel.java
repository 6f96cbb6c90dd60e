package vn.atr.ui.packageimport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.Messages;
import vn.atr.domain.access.PackageSender;
import vn.atr.domain.access.Permission;
import vn.atr.service.exchange.ConflictService.OpenConflict;
import vn.atr.service.exchange.BatchImport;
import vn.atr.service.exchange.ImportOutcome;
import vn.atr.service.exchange.ImportPlan;
import vn.atr.service.exchange.ImportRequest;
import vn.atr.service.exchange.ShownDifferences;
import vn.atr.service.exchange.UnknownSenderException;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ErrorHandler;

/**
 * The import screen's state: a package file, or several separated by ";" (imported as one, ADR 0033),
 * and the password of the encrypted ones, the verified plan
 * (counts, one row per record that is not plainly new or unchanged, duplicate warnings), applying it in
 * one transaction, and the open conflicts shown field by field for "keep ours" or "take theirs".
 * Everything touching the store runs through the TaskRunner.
 */
public final class ImportViewModel {
    private final AppContext context;
    final StringProperty file = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty describe = new SimpleStringProperty("");
    final StringProperty counts = new SimpleStringProperty("");
    final StringProperty warnings = new SimpleStringProperty("");
    final StringProperty result = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty();
    /** The batch being verified or imported, for the progress bar and the stop button; null otherwise. */
    final ObjectProperty<Task<ImportOutcome>> running = new SimpleObjectProperty<>();
    final ObjectProperty<ImportPlan> plan = new SimpleObjectProperty<>();
    /** What the last verification showed, which "apply" writes; null when nothing is verified. */
    private ImportOutcome verified;
    final ObservableList<ImportPlan.Entry> entries = FXCollections.observableArrayList();
    final ObservableList<OpenConflict> conflicts = FXCollections.observableArrayList();
    final ObservableList<ImportPlan.FieldDifference> differences = FXCollections.observableArrayList();
    /** A sender the last verification refused as not approved (shown with its fingerprint), or null. */
    final ObjectProperty<PackageSender> unknownSender = new SimpleObjectProperty<>();
    final StringProperty senderText = new SimpleStringProperty("");
    /** Catalogue entries a refused package uses that this store lacks: offered for the user's approval. */
    final ObservableList<Indicator> missingCatalog = FXCollections.observableArrayList();
    /** Units' and types' names by code, read with the conflicts (the rows name a record's unit and type). */
    private volatile ImportPlan.Names names = ImportPlan.Names.CODES;

    public ImportViewModel(AppContext context) {
        this.context = context;
    }

    boolean allowed() {
        return context.services().session().has(Permission.IMPORT);
    }

    /** Only an administrator approves a sender; others see who it is and whom to ask. */
    boolean mayApproveSenders() {
        return context.services().session().has(Permission.USER_ADMIN);
    }

    /** Approves the unknown sender shown (after the administrator compared its fingerprint), then verifies again. */
    void approveSender() {
        PackageSender sender = unknownSender.get();
        if (sender == null) {
            return;
        }
        busy.set(true);
        context.tasks().run(() -> context.services().exchange().trust().approve(sender.fingerprint()), approved -> {
            busy.set(false);
            unknownSender.set(null);
            senderText.set("");
            result.set(Messages.get("importScreen.senderApproved", approved.fingerprint()));
            verify();
        }, this::failed);
    }

    /** Verifies the package(s) and shows the plan; nothing is written. */
    void verify() {
        clearPlan();
        List<Path> paths = paths();
        if (paths.isEmpty() || !paths.stream().allMatch(Files::isRegularFile)) {
            result.set(Messages.get("importScreen.noFile"));
            return;
        }
        char[] secret = password.get().isEmpty() ? null : password.get().toCharArray();
        busy.set(true);
        // A single package refused for indicators this store lacks: offered for adding (after the refusal).
        catalogOffer = paths.size() == 1 ? new CatalogOffer(paths.get(0), secret) : null;
        // Several packages are rehearsed one after another against the store (rolled back), as applying will.
        run(paths.size() > 1, progress -> {
            names = currentNames(); // the plan's units by name, as the store knows them now
            return context.services().packageImport().run(new ImportRequest(paths, f -> secret, false, progress));
        }, o -> {
            verified = o;
            show(o.combined());
            if (!o.batch().refused().isEmpty() && !o.single()) {
                result.set(Messages.get("importScreen.batchRefused", String.join(", ",
                        o.batch().refused().stream().map(ImportPlan::fileName).toList())));
            }
        });
    }

    /**
     * The import in a Task with progress (one step per package) and cancel: a cancelled batch stops after
     * the package in hand and writes nothing (its transaction is rolled back). Only a batch shows its
     * progress and may be stopped: a single package is written in one step that cannot be cut short.
     */
    private void run(boolean batch, Function<BatchImport.Progress, ImportOutcome> work,
                     Consumer<ImportOutcome> then) {
        if (!batch) { // one package: one step, no progress to show, nothing to stop
            running.set(null);
            context.tasks().run(() -> work.apply(BatchImport.Progress.NONE), then, this::failed);
            return;
        }
        Task<ImportOutcome> task = new Task<>() {
            @Override
            protected ImportOutcome call() {
                updateProgress(0, 1);
                return work.apply((done, total, name) -> {
                    if (isCancelled()) {
                        throw new CancellationException();
                    }
                    updateProgress(done, total);
                    updateMessage(name);
                });
            }
        };
        task.setOnCancelled(e -> {
            running.set(null);
            busy.set(false);
            result.set(Messages.get("importScreen.cancelled"));
        });
        running.set(batch ? task : null);
        context.tasks().submit(task, o -> {
            running.set(null);
            then.accept(o);
        }, failure -> {
            running.set(null);
            failed(failure);
        });
    }

    /** Stops the batch being verified or imported (nothing is written). */
    void cancel() {
        Task<?> t = running.get();
        if (t != null) {
            t.cancel();
        }
    }

    /** The file field: one path, or several separated by ";" (the file chooser writes them so). */
    List<Path> paths() {
        String f = file.get() == null ? "" : file.get();
        return java.util.Arrays.stream(f.split(";")).map(String::trim).filter(x -> !x.isEmpty()).map(Path::of)
                .toList();
    }

    private void show(ImportPlan p) {
        busy.set(false);
        plan.set(p);
        describe.set((verified.single() ? p.describe(names) : p.fileName()) + p.previousImport().map(x -> "\n" + Messages.get("exchange.cli.seenBefore", ImportPlan.previousImportText(x)))
                .orElse(""));
        StringBuilder b = new StringBuilder();
        for (Map.Entry<ImportPlan.Outcome, Integer> e : ImportPlan.shown(p.counts()).entrySet()) {
            b.append(b.isEmpty() ? "" : "   ").append(ImportPlan.label(e.getKey())).append(": ").append(e.getValue());
        }
        if (!p.identities().isEmpty()) {
            b.append("   ").append(Messages.get("importScreen.identities", p.identities().size()));
        }
        counts.set(b.toString());
        entries.setAll(p.entries().stream().filter(e -> e.outcome() != ImportPlan.Outcome.UNCHANGED
                && e.outcome() != ImportPlan.Outcome.OLDER
                && e.outcome() != ImportPlan.Outcome.NEVER_RECEIVED).toList());
        List<String> said = new java.util.ArrayList<>(p.senderWarnings());
        if (!p.duplicateWarnings().isEmpty()) {
            said.add(Messages.get("importScreen.duplicates", String.join("\n", p.duplicateWarnings()))
                    + "\n" + Messages.get("exchange.duplicates.advice"));
        }
        warnings.set(String.join("\n", said));
        result.set(p.rejected().isEmpty() ? Messages.get("importScreen.verified")
                : Messages.get("importScreen.rejected", p.rejected().size()));
    }

    /** Applies the verified plan in one transaction, then lists the conflicts it set aside. */
    void apply() {
        ImportOutcome shown = verified;
        if (shown == null) {
            return;
        }
        busy.set(true);
        run(!shown.single(), progress -> context.services().packageImport().apply(shown, progress), o -> {
            busy.set(false);
            clearPlan();
            password.set("");
            result.set(Messages.get("importScreen.imported", o.batch().changes(), o.batch().conflicts(),
                    o.batch().identities()));
            refreshConflicts();
        });
    }

    void refreshConflicts() {
        if (!allowed()) {
            return;
        }
        context.tasks().run(() -> {
            names = currentNames();
            return context.services().conflicts().list();
        }, list -> {
            conflicts.setAll(list);
            differences.clear();
        });
    }

    private ImportPlan.Names currentNames() {
        return new ImportPlan.Names(context.services().reference().unitNames(),
                ImportPlan.Names.indicatorNames(context.services().catalog().list()));
    }

    /** A plan row's record as people know it, its unit and type by name. */
    String recordLabel(ImportPlan.Entry e) {
        return ImportPlan.recordLabel(e, names);
    }

    /** A conflict's record as people know it (the package's version if readable), its unit and type by name. */
    String recordLabel(OpenConflict c) {
        return ImportPlan.recordLabel(c.theirs() != null ? c.theirs() : c.ours(), c.recordId(), names);
    }

    void select(OpenConflict c) {
        Object record = c == null ? null : c.theirs() != null ? c.theirs() : c.ours();
        differences.setAll(c == null ? List.of()
                : ShownDifferences.of(c.differences(), record == null ? null : record.getClass()));
    }

    /** Resolves one conflict: {@code takeTheirs} false keeps our record. */
    void resolve(OpenConflict c, boolean takeTheirs) {
        if (c == null) {
            return;
        }
        context.tasks().run(() -> {
            context.services().conflicts().resolve(c.id(), takeTheirs);
            return c;
        }, done -> {
            result.set(Messages.get(takeTheirs ? "exchange.cli.resolvedTheirs" : "exchange.cli.resolvedOurs", c.id()));
            refreshConflicts();
        }, this::failed);
    }

    /** After a refusal, the indicators the package would add, if the user may add them (shown, then asked). */
    private void offerCatalogEntries(Path file, char[] secret) {
        if (context.services().session().has(Permission.CATALOG_ADMIN)) {
            context.tasks().run(() -> context.services().exchange().catalogEntriesMissing(file, secret),
                    missingCatalog::setAll, unreadable -> missingCatalog.clear());
        }
    }

    /** The user approved: the package's missing indicators join the catalogue (audited), then it is verified again. */
    void addCatalogEntries() {
        List<Indicator> approved = List.copyOf(missingCatalog);
        context.tasks().run(() -> {
            context.services().catalog().addMissing(approved);
            return approved.size();
        }, n -> verify());
    }

    private void clearPlan() {
        unknownSender.set(null);
        senderText.set("");
        missingCatalog.clear();
        plan.set(null);
        verified = null;
        entries.clear();
        describe.set("");
        counts.set("");
        warnings.set("");
    }

    private record CatalogOffer(Path file, char[] secret) {
    }

    private CatalogOffer catalogOffer;

    private void failed(Throwable failure) {
        busy.set(false);
        if (catalogOffer != null) {
            offerCatalogEntries(catalogOffer.file(), catalogOffer.secret());
            catalogOffer = null;
        }
        result.set(ErrorHandler.userMessage(failure));
        context.errors().log(failure);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownSenderException u) {
                unknownSender.set(u.sender());
                senderText.set(Messages.get("importScreen.unknownSender", u.sender().fingerprint(),
                        vn.atr.domain.access.PackageSender.unitText(u.sender().unit()),
                        u.sender().installation()));
            }
        }
    }
}
