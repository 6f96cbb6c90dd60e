package vn.atr.ui.firstrun;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import vn.atr.domain.Messages;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ViewLoader.View;

/** Asked once, on a new store: agency names, this installation's unit, and whether to load the sample. */
public final class FirstRunDialog {
    private FirstRunDialog() {
    }

    public static void show(AppContext context, Window owner, Runnable onSaved) {
        show(context, owner, "firstRun.header", onSaved);
    }

    /** The questions under another heading ({@code headerKey}): after the sample was taken out, say why they come. */
    public static void show(AppContext context, Window owner, String headerKey, Runnable onSaved) {
        View<FirstRunController> view = context.views().load(FirstRunController.class, FirstRunController::new);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("firstRun.title"));
        dialog.setHeaderText(Messages.get(headerKey));
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().setId("first-run");
        // Keep the dialog open until the answers are valid; close it once they are stored.
        Dialogs.okCancel(dialog.getDialogPane(), "action.start", "action.later",
                "first-run-ok", "first-run-later", okButton -> {
            view.controller().model().save(() -> {
                dialog.close();
                onSaved.run();
            });
        });
        dialog.show();
    }
}
