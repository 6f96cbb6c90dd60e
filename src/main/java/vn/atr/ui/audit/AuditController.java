package vn.atr.ui.audit;

import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.domain.access.AuditEntry;
import vn.atr.ui.audit.AuditViewModel.ChainState;
import vn.atr.ui.common.AdminColumns;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.common.VnDateConverter;
import vn.atr.ui.shell.AppContext;

/** The audit log: filters, the list and the chain check. Binds only. */
public final class AuditController implements Refreshable {
    private final AuditViewModel model;

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
        this.model = new AuditViewModel(context);
    }

    @FXML
    private void initialize() {
        userCaption.setLabelFor(userField);
        actionCaption.setLabelFor(actionField);
        fromCaption.setLabelFor(fromPicker);
        toCaption.setLabelFor(toPicker);
        VnDateConverter.install(fromPicker);
        VnDateConverter.install(toPicker);
        userField.textProperty().bindBidirectional(model.user);
        actionField.textProperty().bindBidirectional(model.action);
        fromPicker.valueProperty().bindBidirectional(model.from);
        toPicker.valueProperty().bindBidirectional(model.to);
        AdminColumns.text(table, "audit.time", e -> VnFormats.dateTime(e.at()));
        AdminColumns.text(table, "audit.user", AuditEntry::user);
        AdminColumns.text(table, "audit.action", AuditEntry::action);
        AdminColumns.text(table, "audit.record", AuditViewModel::record);
        AdminColumns.text(table, "audit.versions", AuditViewModel::versions);
        AdminColumns.freeText(table, "audit.detail", e -> e.detail() == null ? "" : e.detail());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("list.empty")));
        table.setItems(model.entries());
        countLabel.textProperty().bind(model.countText());
        verifyResult.textProperty().bind(model.verifyText());
        model.chainState().addListener((o, old, state) -> {
            verifyResult.getStyleClass().removeAll("chain-ok", "field-error");
            if (state == ChainState.INTACT) {
                verifyResult.getStyleClass().add("chain-ok");
            } else if (state == ChainState.BROKEN) {
                verifyResult.getStyleClass().add("field-error");
            }
        });
        model.filter();
    }

    @Override
    public void refresh() {
        model.filter();
    }

    @FXML
    private void filter() {
        model.filter();
    }

    @FXML
    private void clearFilter() {
        model.clearFilter();
    }

    @FXML
    private void verifyChain() {
        model.verifyChain();
    }
}
