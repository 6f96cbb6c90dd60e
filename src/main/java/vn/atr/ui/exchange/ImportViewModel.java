package vn.atr.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.atr.domain.Messages;
import vn.atr.domain.Permission;
import vn.atr.service.exchange.ConflictService.OpenConflict;
import vn.atr.service.exchange.ImportPlan;
import vn.atr.ui.AppContext;
import vn.atr.ui.ErrorHandler;

/**
 * The import screen's state: a package file (and its password if encrypted), the verified plan
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
    final ObjectProperty<ImportPlan> plan = new SimpleObjectProperty<>();
    final ObservableList<ImportPlan.Entry> entries = FXCollections.observableArrayList();
    final ObservableList<OpenConflict> conflicts = FXCollections.observableArrayList();
    final ObservableList<ImportPlan.FieldDifference> differences = FXCollections.observableArrayList();

    public ImportViewModel(AppContext context) {
        this.context = context;
    }

    boolean allowed() {
        return context.services().session().has(Permission.IMPORT);
    }

    /** Verifies the package and shows its plan; nothing is written. */
    void verify() {
        clearPlan();
        String f = file.get() == null ? "" : file.get().trim();
        if (f.isEmpty() || !Files.isRegularFile(Path.of(f))) {
            result.set(Messages.get("importScreen.noFile"));
            return;
        }
        Path path = Path.of(f);
        char[] secret = password.get().isEmpty() ? null : password.get().toCharArray();
        busy.set(true);
        context.tasks().run(() -> context.services().exchange().plan(path, secret), this::show, this::failed);
    }

    private void show(ImportPlan p) {
        busy.set(false);
        plan.set(p);
        describe.set(p.describe() + p.previousImport().map(x -> "\n" + Messages.get("exchange.cli.seenBefore", x))
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
        context.tasks().run(() -> context.services().exchange().apply(p), done -> {
            busy.set(false);
            clearPlan();
            password.set("");
            result.set(Messages.get("exchange.cli.imported", p.changes().size(), p.conflicts().size(),
                    p.identities().size()));
            refreshConflicts();
        }, this::failed);
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

    private void clearPlan() {
        plan.set(null);
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
