package vn.atr.ui.packageimport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
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
import vn.atr.domain.access.Permission;
import vn.atr.service.exchange.ConflictService.OpenConflict;
import vn.atr.service.exchange.BatchImport;
import vn.atr.service.exchange.ImportPlan;
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
    final ObjectProperty<Task<BatchImport>> running = new SimpleObjectProperty<>();
    final ObjectProperty<ImportPlan> plan = new SimpleObjectProperty<>();
    /** The files of a verified batch (several packages); empty for a single package. */
    private List<Path> batch = List.of();
    final ObservableList<ImportPlan.Entry> entries = FXCollections.observableArrayList();
    final ObservableList<OpenConflict> conflicts = FXCollections.observableArrayList();
    final ObservableList<ImportPlan.FieldDifference> differences = FXCollections.observableArrayList();
    /** Catalogue entries a refused package uses that this store lacks: offered for the user's approval. */
    final ObservableList<Indicator> missingCatalog = FXCollections.observableArrayList();

    public ImportViewModel(AppContext context) {
        this.context = context;
    }

    boolean allowed() {
        return context.services().session().has(Permission.IMPORT);
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
        if (paths.size() == 1) {
            context.tasks().run(() -> context.services().exchange().plan(paths.get(0), secret), this::show,
                    failure -> {
                        failed(failure);
                        offerCatalogEntries(paths.get(0), secret);
                    });
            return;
        }
        // Several packages: rehearsed one after another against the store (rolled back), as applying will.
        runBatch(paths, secret, false, b -> {
            batch = paths;
            show(combined(b));
            if (!b.refused().isEmpty()) {
                result.set(Messages.get("importScreen.batchRefused", String.join(", ",
                        b.refused().stream().map(ImportPlan::fileName).toList())));
            }
        });
    }

    /**
     * A batch in a Task with progress (one step per package) and cancel: a cancelled batch stops after
     * the package in hand and writes nothing (its transaction is rolled back).
     */
    private void runBatch(List<Path> files, char[] secret, boolean write, Consumer<BatchImport> then) {
        var exchange = context.services().exchange();
        Task<BatchImport> task = new Task<>() {
            @Override
            protected BatchImport call() {
                updateProgress(0, files.size());
                return exchange.importAll(files, f -> secret, write, (done, total, name) -> {
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
        running.set(task);
        context.tasks().submit(task, b -> {
            running.set(null);
            then.accept(b);
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

    /** One plan standing for a batch: every package's entries, described by the file count. */
    private static ImportPlan combined(BatchImport b) {
        ImportPlan first = b.plans().get(0);
        List<ImportPlan.Entry> entries = b.plans().stream().flatMap(p -> p.entries().stream()).toList();
        List<String> warnings = b.plans().stream().flatMap(p -> p.duplicateWarnings().stream()).toList();
        List<vn.atr.domain.VictimIdentity> ids = b.plans().stream().flatMap(p -> p.identities().stream()).toList();
        return new ImportPlan(Messages.get("importScreen.batchName", b.plans().size()), first.fileSha256(),
                first.manifest(), java.util.Optional.empty(), entries, warnings, ids);
    }

    private void show(ImportPlan p) {
        busy.set(false);
        plan.set(p);
        describe.set((batch.isEmpty() ? p.describe() : p.fileName()) + p.previousImport().map(x -> "\n" + Messages.get("exchange.cli.seenBefore", x))
                .orElse(""));
        StringBuilder b = new StringBuilder();
        for (Map.Entry<ImportPlan.Outcome, Integer> e : p.counts().entrySet()) {
            b.append(b.isEmpty() ? "" : "   ").append(ImportPlan.label(e.getKey())).append(": ").append(e.getValue());
        }
        if (!p.identities().isEmpty()) {
            b.append("   ").append(Messages.get("importScreen.identities", p.identities().size()));
        }
        counts.set(b.toString());
        entries.setAll(p.entries().stream().filter(e -> e.outcome() != ImportPlan.Outcome.UNCHANGED).toList());
        warnings.set(p.duplicateWarnings().isEmpty() ? "" : Messages.get("importScreen.duplicates",
                String.join("\n", p.duplicateWarnings())));
        result.set(p.rejected().isEmpty() ? Messages.get("importScreen.verified")
                : Messages.get("importScreen.rejected", p.rejected().size()));
    }

    /** Applies the verified plan in one transaction, then lists the conflicts it set aside. */
    void apply() {
        ImportPlan p = plan.get();
        if (p == null) {
            return;
        }
        busy.set(true);
        List<Path> files = batch;
        Runnable done = () -> {
            busy.set(false);
            clearPlan();
            password.set("");
            result.set(Messages.get("exchange.cli.imported", p.changes().size(), p.conflicts().size(),
                    p.identities().size()));
            refreshConflicts();
        };
        if (files.isEmpty()) {
            context.tasks().run(() -> context.services().exchange().apply(p), counts -> done.run(), this::failed);
        } else {
            runBatch(files, password.get().isEmpty() ? null : password.get().toCharArray(), true, b -> done.run());
        }
    }

    void refreshConflicts() {
        if (!allowed()) {
            return;
        }
        context.tasks().run(() -> context.services().conflicts().list(), list -> {
            conflicts.setAll(list);
            differences.clear();
        });
    }

    void select(OpenConflict c) {
        differences.setAll(c == null ? List.of() : c.differences());
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
        missingCatalog.clear();
        plan.set(null);
        batch = List.of();
        entries.clear();
        describe.set("");
        counts.set("");
        warnings.set("");
    }

    private void failed(Throwable failure) {
        busy.set(false);
        result.set(ErrorHandler.userMessage(failure));
        context.errors().log(failure);
    }
}
