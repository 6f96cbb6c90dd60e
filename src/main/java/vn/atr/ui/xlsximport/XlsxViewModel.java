package vn.atr.ui.xlsximport;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
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
import vn.atr.service.xlsximport.XlsxImportResult;
import vn.atr.service.xlsximport.XlsxProblem;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ErrorHandler;

/**
 * The Excel screen's state (the desktop side of {@code atr template} and {@code atr import-xlsx}): save
 * the template, check a filled workbook (a dry run: every problem as sheet, row, column, reason), then
 * import all rows when every row is valid, or only the valid rows when the user asks for it. The
 * service does the checks and the guards; everything touching the store or files runs in the TaskRunner.
 */
public final class XlsxViewModel {
    private final AppContext context;
    final StringProperty file = new SimpleStringProperty("");
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty warnings = new SimpleStringProperty("");
    final StringProperty result = new SimpleStringProperty("");
    final StringProperty templateResult = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty();
    /** The last check of {@link #checkedFile}: what "Nhập" and "Chỉ nhập các dòng hợp lệ" act on. */
    final ObjectProperty<XlsxImportResult> checked = new SimpleObjectProperty<>();
    private Path checkedFile;
    final ObservableList<XlsxProblem> problems = FXCollections.observableArrayList();

    public XlsxViewModel(AppContext context) {
        this.context = context;
    }

    boolean allowed() {
        return context.services().session().has(Permission.RECORD_WRITE);
    }

    /**
     * What the empty table of problems says: "no invalid cell" only once a workbook was read and checked; before
     * that, or when the file could not be read, that nothing was checked.
     */
    final StringBinding tablePlaceholder = Bindings.createStringBinding(() -> Messages.get(
            checked.get() == null ? "xlsxScreen.notChecked" : "xlsxScreen.noProblems"), checked);

    /** "Nhập": the checked workbook has valid rows and no problem. */
    BooleanBinding canImportAll() {
        return Bindings.createBooleanBinding(() -> checked.get() != null && !checked.get().hasProblems()
                && checked.get().validCount() > 0, checked).and(busy.not());
    }

    /** "Chỉ nhập các dòng hợp lệ": offered only when some rows are wrong and others are valid. */
    BooleanBinding canImportValid() {
        return Bindings.createBooleanBinding(() -> checked.get() != null && checked.get().hasProblems()
                && checked.get().validCount() > 0, checked);
    }

    /** Writes the fillable workbook (lists from this store's reference data) to {@code out}. */
    void saveTemplate(Path out) {
        busy.set(true);
        templateResult.set("");
        context.tasks().run(() -> {
            context.services().xlsx().writeTemplate(out);
            return out;
        }, written -> {
            busy.set(false);
            templateResult.set(Messages.get("xlsx.templateWritten", written));
        }, failure -> {
            busy.set(false);
            templateResult.set(ErrorHandler.userMessage(failure));
            context.errors().log(failure);
        });
    }

    /** Reads and checks the workbook; nothing is written. */
    void check() {
        clear();
        String f = file.get() == null ? "" : file.get().trim();
        if (f.isEmpty() || !Files.isRegularFile(Path.of(f))) {
            result.set(Messages.get("xlsxScreen.noFile"));
            return;
        }
        Path path = Path.of(f);
        busy.set(true);
        result.set(Messages.get("xlsxScreen.checking"));
        context.tasks().run(() -> context.services().xlsx().importFile(path, true, false), r -> {
            busy.set(false);
            checkedFile = path;
            show(r);
            checked.set(r);
            result.set(r.validCount() == 0 && !r.hasProblems() ? Messages.get("xlsx.nothing", r.fileName())
                    : r.hasProblems() ? Messages.get("xlsxScreen.hasProblems", r.problems().size(), r.validCount())
                    : Messages.get("xlsxScreen.allValid", r.validCount()));
        }, this::failed);
    }

    /** The confirmation's question before {@link #importChecked}. */
    String confirmation(boolean validOnly) {
        XlsxImportResult r = checked.get();
        return validOnly ? Messages.get("xlsxScreen.confirmValid", r.validCount(), r.fileName(), r.problems().size())
                : Messages.get("xlsxScreen.confirmAll", r.validCount(), r.fileName());
    }

    /**
     * Imports the checked workbook in one transaction: every row ({@code validOnly} false: refused and
     * nothing written if the file now has problems) or only the valid rows.
     */
    void importChecked(boolean validOnly) {
        if (checked.get() == null) {
            return;
        }
        Path path = checkedFile;
        busy.set(true);
        context.tasks().run(() -> context.services().xlsx().importFile(path, false, validOnly), r -> {
            busy.set(false);
            show(r);
            checked.set(null);
            if (!r.written()) {
                result.set(r.hasProblems() ? Messages.get("xlsxScreen.refused", r.problems().size())
                        : Messages.get(r.unchanged() > 0 ? "xlsx.allUnchanged" : "xlsx.nothing", r.fileName()));
                return;
            }
            result.set(Messages.get("xlsx.imported", r.imported(), r.fileName()) + " ("
                    + Messages.get("xlsx.changes", r.added(), r.updated(), r.unchanged()) + ")."
                    + (r.hasProblems() ? " " + Messages.get("xlsx.skipped", r.problems().size()) + "." : ""));
        }, this::failed);
    }

    private void show(XlsxImportResult r) {
        problems.setAll(r.problems());
        StringBuilder b = new StringBuilder();
        r.validRows().forEach((sheet, n) -> b.append(b.isEmpty() ? "" : "   ").append(sheet).append(": ").append(n));
        summary.set(Messages.get("xlsxScreen.validRows", b) + " (" + Messages.get("xlsx.changes", r.added(),
                r.updated(), r.unchanged()) + ")");
        warnings.set(String.join("\n", r.warnings()));
    }

    private void clear() {
        checked.set(null);
        checkedFile = null;
        problems.clear();
        summary.set("");
        warnings.set("");
        result.set("");
    }

    private void failed(Throwable failure) {
        busy.set(false);
        checked.set(null);
        result.set(ErrorHandler.userMessage(failure));
        context.errors().log(failure);
    }
}
