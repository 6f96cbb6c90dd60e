package vn.atr.ui.audit;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.domain.access.AuditCheck;
import vn.atr.domain.access.AuditEntry;
import vn.atr.ui.shell.AppContext;

/**
 * The audit log for the administrator: newest first, filtered by user, action (prefix, e.g. "login"
 * or "user.") and a date range, and the chain check ("Kiểm tra toàn vẹn") that recomputes every hash.
 */
public final class AuditViewModel {
    /** Enough to read on a screen; narrower filters reach older entries. */
    static final int LIMIT = 2_000;

    /** The outcome of the last chain check: none yet, intact or broken. */
    public enum ChainState { UNCHECKED, INTACT, BROKEN }

    private final AppContext context;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verifyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ChainState> chain = new ReadOnlyObjectWrapper<>(ChainState.UNCHECKED);

    final StringProperty user = new SimpleStringProperty("");
    final StringProperty action = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();

    public AuditViewModel(AppContext context) {
        this.context = context;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    /** "n entries" (or "the newest n" when the limit cut the list). */
    public ReadOnlyStringProperty countText() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verifyText() {
        return verifyText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChainState> chainState() {
        return chain.getReadOnlyProperty();
    }

    /** Reads the entries matching the filter. */
    public void filter() {
        String u = user.get();
        String a = action.get();
        LocalDate f = from.get();
        LocalDate t = to.get();
        context.tasks().run(() -> context.services().audit().list(u, a, f, t, LIMIT), list -> {
            entries.setAll(list);
            count.set(Messages.get(list.size() >= LIMIT ? "audit.countLimited" : "audit.count",
                    VnFormats.number(list.size())));
        });
    }

    public void clearFilter() {
        user.set("");
        action.set("");
        from.set(null);
        to.set(null);
        filter();
    }

    /** Recomputes every hash of the chain. */
    public void verifyChain() {
        verifyText.set("");
        chain.set(ChainState.UNCHECKED);
        context.tasks().run(() -> context.services().audit().verify(), this::showCheck);
    }

    private void showCheck(AuditCheck check) {
        if (check.intact()) {
            verifyText.set(Messages.get("audit.intact", VnFormats.number(check.entries())));
            chain.set(ChainState.INTACT);
        } else {
            verifyText.set(Messages.get("audit.broken", check.firstBrokenSeq(), check.reasonText(),
                    VnFormats.number(check.entries())));
            chain.set(ChainState.BROKEN);
        }
    }

    static String record(AuditEntry e) {
        if (e.recordKind() == null) {
            return "";
        }
        return e.recordId() == null ? e.recordKind() : e.recordKind() + " " + e.recordId();
    }

    static String versions(AuditEntry e) {
        if (e.versionBefore() == null && e.versionAfter() == null) {
            return "";
        }
        return (e.versionBefore() == null ? "–" : e.versionBefore()) + " → "
                + (e.versionAfter() == null ? "–" : e.versionAfter());
    }
}
