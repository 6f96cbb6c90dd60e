package vn.atr.ui.report;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.common.OpenForms;
import vn.atr.ui.common.PeriodLabels;
import vn.atr.ui.shell.AppContext;

/**
 * Keeps the report's text typed but not saved from being lost silently. Another period asks: save it into the
 * period it belongs to, discard it, or stay (the period goes back). Closing the window asks, from any screen, as
 * for an open form ({@code CloseGuard}). Screens loaded anew (a language change) get it through the hand-over,
 * and until the new report screen takes it this one still answers for it.
 */
final class UnsavedTextGuard {
    private final AppContext context;
    private final ReportViewModel model;
    /** A node of the report screen: its window owns the question. */
    private final Node anchor;
    /** Shows the window's period on the screen (after the period went back, or moved on). */
    private final Runnable showPeriods;
    /** Set while the window's period is put back, so that putting it back asks nothing. */
    private boolean reverting;
    private boolean registered;
    private boolean left;

    UnsavedTextGuard(AppContext context, ReportViewModel model, Node anchor, Runnable showPeriods) {
        this.context = context;
        this.model = model;
        this.anchor = anchor;
        this.showPeriods = showPeriods;
    }

    /** Follows the window's period (loading the report of the new one) and, once shown, guards the closing. */
    void install() {
        context.onPeriodChange((o, old, p) -> {
            if (reverting) {
                return;
            }
            if (model.dirty()) {
                ask(old);
            } else {
                showAndLoad();
            }
        });
        anchor.sceneProperty().flatMap(Scene::windowProperty).addListener((o, old, w) -> {
            if (w != null && !registered) {
                registered = true;
                OpenForms.register(w, form(w));
            }
        });
    }

    /** The screens are loaded anew: the unsaved text is handed to the report screen that follows. */
    void leaving() {
        left = true;
        model.unsaved().ifPresent(u -> context.handOver(ReportViewModel.Unsaved.class, u));
    }

    private void ask(ReportPeriod old) {
        Window owner = anchor.getScene() == null ? null : anchor.getScene().getWindow();
        Dialogs.saveDiscardOrStay(owner, Messages.get("reportScreen.unsavedPeriod",
                PeriodLabels.label(model.draftPeriod())), "report-unsaved", answer -> {
                    if (answer == Dialogs.Unsaved.SAVE) {
                        if (!model.saveDraft(this::showAndLoad)) {
                            revert(old); // refused (a wrong date): back to the period whose text it is, the error shown
                        }
                    } else if (answer == Dialogs.Unsaved.DISCARD) {
                        showAndLoad();
                    } else {
                        revert(old);
                    }
                });
    }

    private void showAndLoad() {
        showPeriods.run();
        model.load();
    }

    private void revert(ReportPeriod old) {
        reverting = true;
        try {
            context.periodProperty().set(old);
        } finally {
            reverting = false;
        }
        showPeriods.run();
    }

    /**
     * The unsaved text as the close guard sees an open form. Once the screen has left, only while its text waits
     * for the report screen that follows (not opened yet): then this screen still saves it.
     */
    private OpenForms.Form form(Window main) {
        return new OpenForms.Form() {
            @Override
            public boolean dirty() {
                return left ? context.isHandedOver(ReportViewModel.Unsaved.class) : model.dirty();
            }

            @Override
            public void save(Runnable closed) {
                if (left) {
                    context.takeHandedOver(ReportViewModel.Unsaved.class);
                }
                model.saveDraft(closed); // refused (a wrong date): the window stays, the error on the report screen
            }

            @Override
            public void discard() {
                if (left) {
                    context.takeHandedOver(ReportViewModel.Unsaved.class);
                }
            }

            @Override
            public Window window() {
                return main;
            }
        };
    }
}
