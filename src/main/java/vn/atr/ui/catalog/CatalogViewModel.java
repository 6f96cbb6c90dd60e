package vn.atr.ui.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.atr.domain.AtrException;
import vn.atr.domain.Messages;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.domain.VnFormats;
import vn.atr.domain.access.Permission;
import vn.atr.domain.catalog.AgeBandEntry;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorGroup;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.service.catalog.AgeBandService;
import vn.atr.service.catalog.CatalogService;
import vn.atr.service.catalog.NewIndicator;
import vn.atr.ui.shell.AppContext;

/**
 * The catalogue screen's state: the entries (retired ones too), a small form (name, unit, kind, group,
 * date) used to add an entry, rename the chosen one or retire it from the date, and the result or the
 * refusal of the last action in words. Every action goes through {@link CatalogService}; the victims' age
 * bands have their own small form (name, ages, date) and go through {@link AgeBandService}.
 */
public final class CatalogViewModel {
    private final AppContext context;
    final ObservableList<Indicator> entries = FXCollections.observableArrayList();
    /** The victims' age bands, retired ones too, in the report's order. */
    final ObservableList<AgeBandEntry> ageBands = FXCollections.observableArrayList();
    final StringProperty bandName = new SimpleStringProperty("");
    /** Whole years as typed; an empty "to" makes an open band ("61 and over"). */
    final StringProperty bandFrom = new SimpleStringProperty("");
    final StringProperty bandTo = new SimpleStringProperty("");
    /** dd/MM/yyyy: from when the chosen band is retired (empty: today). */
    final StringProperty bandDate = new SimpleStringProperty("");
    final ObjectProperty<AgeBandEntry> selectedBand = new SimpleObjectProperty<>();
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty unit = new SimpleStringProperty("");
    final ObjectProperty<IndicatorKind> kind = new SimpleObjectProperty<>(IndicatorKind.ACTIVITY);
    final ObjectProperty<IndicatorGroup> group = new SimpleObjectProperty<>(IndicatorGroup.OTHER);
    /** dd/MM/yyyy: from when an added entry applies, or from when the chosen one is retired (empty: today). */
    final StringProperty date = new SimpleStringProperty("");
    final ObjectProperty<Indicator> selected = new SimpleObjectProperty<>();
    final StringProperty message = new SimpleStringProperty("");

    public CatalogViewModel(AppContext context) {
        this.context = context;
    }

    private CatalogService catalog() {
        return context.services().catalog();
    }

    private AgeBandService bands() {
        return context.services().ageBands();
    }

    /** Whether the user may change the catalogue (administrator, compiler); others only read it. */
    boolean editable() {
        return context.services().session().has(Permission.CATALOG_ADMIN) && !context.readOnly();
    }

    void refresh() {
        context.tasks().run(() -> new Lists(catalog().list(), context.services().ageBands().list()), l -> {
            entries.setAll(l.entries());
            ageBands.setAll(l.ageBands());
        });
    }

    private record Lists(List<Indicator> entries, List<AgeBandEntry> ageBands) {
    }

    void add() {
        act(() -> {
            LocalDate from = optionalDate();
            Indicator added = catalog().add(new NewIndicator(kind.get(), name.get(), null, unit.get(), null,
                    group.get(), null, from));
            return Messages.get("catalog.ui.added", added.nameVi(), added.code());
        });
    }

    void rename() {
        Indicator chosen = selected.get();
        if (chosen != null) {
            act(() -> Messages.get("catalog.ui.renamed", catalog().rename(chosen.code(), name.get(), null).nameVi()));
        }
    }

    void retire() {
        Indicator chosen = selected.get();
        if (chosen != null) {
            act(() -> {
                Indicator retired = catalog().retire(chosen.code(), optionalDate());
                return Messages.get("catalog.ui.retired", retired.nameVi(), VnFormats.date(retired.retiredOn()));
            });
        }
    }

    void move(int direction) {
        Indicator chosen = selected.get();
        if (chosen != null) {
            act(() -> {
                catalog().move(chosen.code(), direction);
                return "";
            });
        }
    }

    /** A chosen entry fills the form, so that renaming starts from its name. */
    void choose(Indicator entry) {
        selected.set(entry);
        if (entry != null) {
            name.set(entry.nameVi());
            unit.set(entry.unitVi());
            kind.set(entry.kind());
            group.set(entry.group());
        }
    }

    private LocalDate optionalDate() {
        return date.get() == null || date.get().isBlank() ? null : VnFormats.parseDate(date.get());
    }

    /** Runs one action on the entries; success shows its sentence, a refusal its reason; the list reloads. */
    private void act(Callable<String> action) {
        act(action, () -> catalog().list(), entries, selected, Indicator::code);
    }

    /**
     * Runs one action off the FX thread: its sentence, or the reason it was refused (nothing changed then), then
     * {@code list} as stored after it, with the same item chosen again.
     */
    private <T> void act(Callable<String> action, Supplier<List<T>> reload, ObservableList<T> list,
                         ObjectProperty<T> chosen, Function<T, String> code) {
        String kept = chosen.get() == null ? null : code.apply(chosen.get());
        context.tasks().run(() -> {
            String sentence;
            try {
                sentence = action.call();
            } catch (AtrException refused) {
                sentence = refused.getMessage();
            }
            return new Done<>(sentence, reload.get());
        }, d -> {
            message.set(d.sentence());
            list.setAll(d.items());
            chosen.set(d.items().stream().filter(i -> code.apply(i).equals(kept)).findFirst().orElse(null));
        });
    }

    private record Done<T>(String sentence, List<T> items) {
    }

    // ---- age bands ----

    void addBand() {
        actOnBands(() -> {
            AgeBandEntry added = bands().add(bandName.get(), null, age("ageBandFrom", bandFrom.get()),
                    age("ageBandTo", bandTo.get()), null);
            return Messages.get("catalog.ui.bandAdded", added.labelVi(), added.ages(), added.code());
        });
    }

    void renameBand() {
        AgeBandEntry chosen = selectedBand.get();
        if (chosen != null) {
            actOnBands(() -> Messages.get("catalog.ui.renamed", bands().rename(chosen.code(), bandName.get(), null)
                    .labelVi()));
        }
    }

    void retireBand() {
        AgeBandEntry chosen = selectedBand.get();
        if (chosen != null) {
            actOnBands(() -> {
                LocalDate day = bandDate.get() == null || bandDate.get().isBlank() ? null
                        : VnFormats.parseDate(bandDate.get());
                AgeBandEntry retired = bands().retire(chosen.code(), day);
                return Messages.get("catalog.ui.retired", retired.labelVi(), VnFormats.date(retired.retiredOn()));
            });
        }
    }

    /** A chosen band fills the band form, so that renaming starts from its name. */
    void chooseBand(AgeBandEntry band) {
        selectedBand.set(band);
        if (band != null) {
            bandName.set(band.labelVi());
            bandFrom.set(band.minAge() == null ? "" : String.valueOf(band.minAge()));
            bandTo.set(band.maxAge() == null ? "" : String.valueOf(band.maxAge()));
        }
    }

    /** An age as typed: empty is none; anything but a whole number is refused naming the field. */
    private static Integer age(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        long years;
        try {
            years = VnFormats.parseNumber(typed);
        } catch (ValidationException e) {
            throw new ValidationException(new Violation(field, "validation.notANumber", typed.strip()));
        }
        // Far outside 0..120 either way: the band's rules say so with the number kept readable.
        return (int) Math.max(-1, Math.min(years, 999));
    }

    private void actOnBands(Callable<String> action) {
        act(action, () -> bands().list(), ageBands, selectedBand, AgeBandEntry::code);
    }
}
