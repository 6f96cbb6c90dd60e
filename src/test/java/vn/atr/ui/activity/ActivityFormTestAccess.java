package vn.atr.ui.activity;

import vn.atr.domain.Activity;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Choice;

/** Lets view-model tests type into the activity form's package-private properties. */
public final class ActivityFormTestAccess {
    private ActivityFormTestAccess() {
    }

    public static ActivityFormViewModel newForm(AppContext context, Choice type, Choice unit) {
        ActivityFormViewModel m = new ActivityFormViewModel(context);
        m.load(null, type, unit, java.util.List.of());
        return m;
    }

    public static void type(ActivityFormViewModel m, String date, String participants) {
        m.startDate.set(date);
        m.participants.set(participants);
    }

    public static Activity validate(ActivityFormViewModel m) {
        return m.validate();
    }
}
