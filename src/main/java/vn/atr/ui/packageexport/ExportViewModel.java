package vn.atr.ui.packageexport;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.atr.domain.Messages;
import vn.atr.domain.access.Permission;
import vn.atr.domain.ReportPeriod;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ErrorHandler;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.ReferenceChoices;

/**
 * The export screen's state: the window's period, a unit chosen from the administrative units (all of
 * them when none is chosen; commune staff: always theirs), the output
 * file, and identifiers only when ticked, allowed for the role and protected by a password typed twice.
 * The export runs through the TaskRunner; the folder can then be opened.
 */
public final class ExportViewModel {
    static final int MIN_PASSWORD = 8;
    private final AppContext context;
    /** No unit chosen means every unit: the first item of {@link #units}. */
    static final Choice ALL = new Choice("", Messages.get("exportScreen.allUnits"));
    final ObjectProperty<Choice> unit = new SimpleObjectProperty<>(ALL);
    final ObservableList<Choice> units = FXCollections.observableArrayList(ALL);
    final StringProperty out = new SimpleStringProperty("");
    final BooleanProperty withIdentifiers = new SimpleBooleanProperty();
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty passwordAgain = new SimpleStringProperty("");
    final StringProperty result = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty();
    final ObjectProperty<Path> written = new SimpleObjectProperty<>();

    public ExportViewModel(AppContext context) {
        this.context = context;
    }

    /**
     * The administrative units from the reference data (in a task); commune staff see theirs chosen, and any other
     * user this installation's unit (a ward's machine sends its ward), as the guide says.
     */
    void loadUnits() {
        context.tasks().run(() -> ReferenceChoices.read(context.services().reference()), choices -> {
            units.setAll(ALL);
            units.addAll(choices.units());
            String own = context.services().session().restrictedUnit()
                    .orElse(choices.installationUnit() == null ? "" : choices.installationUnit());
            unit.set(units.stream().filter(c -> c.code().equals(own)).findFirst().orElse(ALL));
        });
    }

    boolean allowed() {
        return context.services().session().has(Permission.EXPORT);
    }

    boolean unitFixed() {
        return context.services().session().restrictedUnit().isPresent();
    }

    boolean identifiersAllowed() {
        return context.services().session().mayExportIdentifiers();
    }

    String periodText() {
        return Messages.get("exportScreen.period", context.period().toString());
    }

    /** Writes the package; the reason for a refusal goes to {@link #result}. */
    void export() {
        String problem = check();
        if (problem != null) {
            result.set(problem);
            return;
        }
        Path target = withExtension(out.get().trim());
        String u = unit.get() == null || unit.get().code().isEmpty() ? null : unit.get().code();
        boolean ids = withIdentifiers.get();
        char[] secret = ids ? password.get().toCharArray() : null;
        ReportPeriod period = context.period();
        busy.set(true);
        written.set(null);
        result.set(Messages.get("exportScreen.running"));
        context.tasks().run(() -> context.services().exchange().export(u, period, target, secret, ids), r -> {
            busy.set(false);
            password.set("");
            passwordAgain.set("");
            written.set(r.file());
            result.set(Messages.get(ids ? "exchange.cli.exportedEncrypted" : "exchange.cli.exported", r.file(),
                    r.summary()));
        }, failure -> {
            busy.set(false);
            result.set(ErrorHandler.userMessage(failure));
            context.errors().log(failure);
        });
    }

    /** "D:\\lechan" is written as "D:\\lechan.atrpkg": the city's import screen lists only packages. */
    static Path withExtension(String typed) {
        return Path.of(typed.toLowerCase(java.util.Locale.ROOT).endsWith(".atrpkg") ? typed : typed + ".atrpkg");
    }

    private String check() {
        String f = out.get() == null ? "" : out.get().trim();
        if (f.isEmpty()) {
            return Messages.get("exportScreen.noFile");
        }
        Path parent = Path.of(f).toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Messages.get("exportScreen.folderMissing", String.valueOf(parent));
        }
        if (withIdentifiers.get()) {
            if (!password.get().equals(passwordAgain.get())) {
                return Messages.get("exportScreen.passwordsDiffer");
            }
            if (password.get().length() < MIN_PASSWORD) {
                return Messages.get("exchange.cli.passwordTooShort");
            }
        }
        return null;
    }

    void openFolder() {
        Path p = written.get();
        if (p != null && p.toAbsolutePath().getParent() != null) {
            context.openDocument(p.toAbsolutePath().getParent());
        }
    }
}
