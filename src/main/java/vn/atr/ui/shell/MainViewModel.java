package vn.atr.ui.shell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.ui.shell.AppContext;

/** State of the main window: the periods offered and the status bar's texts. */
public final class MainViewModel {
    static final int YEARS_OFFERED = 8;

    private final AppContext context;
    private final ReadOnlyStringWrapper store = new ReadOnlyStringWrapper();
    private final StringProperty unit = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper period = new ReadOnlyStringWrapper();
    private final javafx.beans.property.ReadOnlyBooleanWrapper sample = new javafx.beans.property.ReadOnlyBooleanWrapper();

    public MainViewModel(AppContext context) {
        this.context = context;
        store.set(context.storeText());
        period.bind(Bindings.createStringBinding(() -> Messages.get("status.period", context.period().toString()),
                context.periodProperty()));
    }

    /** The current report year and the years before it, newest first; the selected period stays offered. */
    public List<ReportPeriod> periods() {
        int newest = Math.max(ReportPeriod.reportYearOf(LocalDate.now()), context.period().to().getYear());
        List<ReportPeriod> list = new ArrayList<>();
        for (int y = newest; y > newest - YEARS_OFFERED; y--) {
            list.add(ReportPeriod.ofYear(y));
            // a manager looks at the year under way and the last one by 6 and 9 months and by quarter here too
            // (the months are on the report screen)
            if (y > newest - 2) {
                list.addAll(List.of(ReportPeriod.ofNineMonths(y), ReportPeriod.ofHalfYear(y), ReportPeriod.ofQuarter(y, 1),
                        ReportPeriod.ofQuarter(y, 2), ReportPeriod.ofQuarter(y, 3), ReportPeriod.ofQuarter(y, 4)));
            }
        }
        if (!list.contains(context.period())) {
            list.add(0, context.period());
        }
        return list;
    }

    public static String label(ReportPeriod p) {
        return vn.atr.ui.common.PeriodLabels.label(p);
    }

    /**
     * Reads the installation's unit name off the FX thread, and whether the store holds the demonstration data:
     * the status bar says so, so that nobody takes the sample's figures for their own.
     */
    public void refreshUnit() {
        record Read(String unitName, boolean sample) {
        }
        context.tasks().run(() -> new Read(context.services().reference()
                        .unit(context.services().reference().defaultEntryUnit()) // a commune officer's own unit
                        .map(u -> u.name()).orElse(Messages.get("status.noUnit")),
                        context.services().sample().isLoaded()),
                read -> {
                    // who works in this window, on a store with logins (a shared PC, or a Department's server)
                    var session = context.services().session();
                    String user = session.isLoggedIn() && !session.isSingleUser()
                            ? Messages.get("status.user", session.userName(), Messages.get("role." + session.role().name()))
                            : "";
                    unit.set(Messages.get("status.unit", read.unitName()) + user);
                    sample.set(read.sample());
                });
    }

    /** Whether the store holds the Hai Phong 2023 sample (the app bar then says so). */
    public javafx.beans.property.ReadOnlyBooleanProperty holdsSample() {
        return sample.getReadOnlyProperty();
    }

    /** Whether this user may take the sample out of this store (the window's store is writable and loads data). */
    public boolean mayRemoveSample() {
        return !context.readOnly() && context.services().session().has(vn.atr.domain.access.Permission.DATA_LOAD);
    }

    /**
     * Takes the sample out off the FX thread; {@code onDone} gets the news to show. A refusal (a victim typed
     * under a sample case) is shown by the task runner's error handling, naming the record.
     */
    public void removeSample(java.util.function.Consumer<String> onDone) {
        context.tasks().run(() -> context.services().sample().removeHaiPhong2023(), removal -> {
            sample.set(false);
            onDone.accept(removal.describe("Hải Phòng 2023") + ".\n" + Messages.get("sample.removedWindowNext"));
        });
    }

    public ReadOnlyStringProperty storeText() {
        return store.getReadOnlyProperty();
    }

    public StringProperty unitText() {
        return unit;
    }

    public ReadOnlyStringProperty periodText() {
        return period.getReadOnlyProperty();
    }
}
