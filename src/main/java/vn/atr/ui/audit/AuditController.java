package vn.atr.ui.audit;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import vn.atr.domain.access.AuditCheck;
import vn.atr.domain.access.AuditEntry;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.common.VnDateConverter;
import vn.atr.ui.common.AdminColumns;

/**
 * The audit log for the administrator: newest first, filtered by user, action (prefix, e.g. "login"
 * or "user.") and a date range, and the chain check ("Kiểm tra chuỗi") that recomputes every hash.
 */
public final class AuditController implements Refreshable {
    /** Enough to read on a screen; narrower filters reach older entries. */
    static final int LIMIT = 2_000;
    private final AppContext context;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();

    @FXML private TextField userField;
    @FXML private TextField actionField;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Label userCaption;
    @FXML private Label actionCaption;
    @FXML private Label fromCaption;
    @FXML private Label toCaption;
    @FXML private TableView<AuditEntry> table;
    @FXML private Label countLabel;
    @FXML private Label verifyResult;

    public AuditController(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        userCaption.setLabelFor(userField);
        actionCaption.setLabelFor(actionField);
        fromCaption.setLabelFor(fromPicker);
        toCaption.setLabelFor(toPicker);
        VnDateConverter.install(fromPicker);
        VnDateConverter.install(toPicker);
        AdminColumns.text(table, "audit.time", e -> VnFormats.dateTime(e.at()));
        AdminColumns.text(table, "audit.user", AuditEntry::user);
        AdminColumns.text(table, "audit.action", AuditEntry::action);
        AdminColumns.text(table, "audit.record", AuditController::record);
        AdminColumns.text(table, "audit.versions", AuditController::versions);
        AdminColumns.text(table, "audit.detail", e -> e.detail() == null ? "" : e.detail());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("list.empty")));
        table.setItems(entries);
        refresh();
    }

    @Override
    public void refresh() {
        filter();
    }

    @FXML
    private void filter() {
        String user = userField.getText();
        String action = actionField.getText();
        var from = fromPicker.getValue();
        var to = toPicker.getValue();
        context.tasks().run(() -> context.services().audit().list(user, action, from, to, LIMIT), list -> {
            entries.setAll(list);
            countLabel.setText(Messages.get(list.size() >= LIMIT ? "audit.countLimited" : "audit.count",
                    VnFormats.number(list.size())));
        });
    }

    @FXML
    private void clearFilter() {
        userField.clear();
        actionField.clear();
        fromPicker.setValue(null);
        toPicker.setValue(null);
        filter();
    }

    @FXML
    private void verifyChain() {
        verifyResult.setText("");
        context.tasks().run(() -> context.services().audit().verify(), this::showCheck);
    }

    private void showCheck(AuditCheck check) {
        verifyResult.getStyleClass().removeAll("chain-ok", "field-error");
        if (check.intact()) {
            verifyResult.setText(Messages.get("audit.intact", VnFormats.number(check.entries())));
            verifyResult.getStyleClass().add("chain-ok");
        } else {
            verifyResult.setText(Messages.get("audit.broken", check.firstBrokenSeq(), check.reason(),
                    VnFormats.number(check.entries())));
            verifyResult.getStyleClass().add("field-error");
        }
    }

    private static String record(AuditEntry e) {
        if (e.recordKind() == null) {
            return "";
        }
        return e.recordId() == null ? e.recordKind() : e.recordKind() + " " + e.recordId();
    }

    private static String versions(AuditEntry e) {
        if (e.versionBefore() == null && e.versionAfter() == null) {
            return "";
        }
        return (e.versionBefore() == null ? "–" : e.versionBefore()) + " → "
                + (e.versionAfter() == null ? "–" : e.versionAfter());
    }
}
