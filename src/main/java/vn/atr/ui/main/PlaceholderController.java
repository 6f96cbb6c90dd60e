package vn.atr.ui.main;

import vn.atr.ui.AppContext;

/** A screen that is planned but not built yet: it says so instead of pretending. */
public final class PlaceholderController {
    public PlaceholderController(AppContext context) {
        // nothing to bind: the view is a static message
    }
}
