package vn.atr.ui.firstrun;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import vn.atr.domain.Messages;
import vn.atr.ui.AppContext;
import vn.atr.ui.ViewLoader.View;
import vn.atr.ui.common.ReferenceChoices;

/** Asked once, on a new store: agency names, this installation's unit, and whether to load the sample. */
public final class FirstRunDialog {
    private FirstRunDialog() {
    }

    public static void show(AppContext context, Window owner, Runnable onSaved) {
        View<FirstRunController> view = context.views().load(FirstRunController.class, "FirstRun.fxml");
        context.tasks().run(() -> ReferenceChoices.read(context.services().reference()),
                c -> view.controller().unitBox().getItems().setAll(c.units()));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("firstRun.title"));
        dialog.setHeaderText(Messages.get("firstRun.header"));
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().setId("first-run");
        ButtonType ok = new ButtonType(Messages.get("action.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Messages.get("action.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, later);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("first-run-ok");
        dialog.getDialogPane().lookupButton(later).setId("first-run-later");
        // Keep the dialog open until the answers are valid; close it once they are stored.
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            view.controller().model().save(() -> {
                dialog.close();
                onSaved.run();
            });
        });
        dialog.show();
    }
}
