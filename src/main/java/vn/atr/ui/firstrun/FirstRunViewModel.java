package vn.atr.ui.firstrun;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.AgencySettings;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.Violation;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.FieldErrors;
import vn.atr.ui.common.ReferenceChoices;
import vn.atr.ui.shell.AppContext;

/** The first-run questions: who issues the report, which unit this installation serves, sample data or not. */
public final class FirstRunViewModel {
    private static final AgencySettings NONE = new AgencySettings(null, null, null, null, null, null, null, null, null);

    private final AppContext context;
    private final FieldErrors errors = new FieldErrors();
    private final ObservableList<Choice> units = FXCollections.observableArrayList();

    final StringProperty superior = new SimpleStringProperty("");
    final StringProperty issuing = new SimpleStringProperty("");
    final StringProperty abbreviation = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final ObjectProperty<Choice> unit = new SimpleObjectProperty<>();
    final BooleanProperty loadSample = new SimpleBooleanProperty(true);
    /** False when the store holds records: the sample only goes into a new store, never among real figures. */
    final BooleanProperty sampleOffered = new SimpleBooleanProperty(true);
    private Loaded loaded;

    public FirstRunViewModel(AppContext context) {
        this.context = context;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** The units this installation may serve. */
    public ObservableList<Choice> units() {
        return units;
    }

    /**
     * Reads the current agency settings (V2 ships defaults), the sample's agency (unless the sample is
     * already in the store) and the units, off the FX thread; then shows the agency that will sign the
     * report: the sample's while the sample box is ticked, the store's otherwise.
     */
    public void load() {
        var reference = context.services().reference();
        var sample = context.services().sample();
        context.tasks().run(() -> new Loaded(reference.agency(),
                sample.mayLoadHaiPhong2023() ? sample.builtInAgency() : null,
                reference.units().stream().map(ReferenceChoices::unitChoice).toList(), reference.units(),
                context.services().storeFileIfAny().isEmpty()), l -> {
            loaded = l;
            if (l.sample() == null) { // loaded already or removed, or the store holds records (an older store, a CLI merge)
                sampleOffered.set(false);
                loadSample.set(false);
            } else if (l.onServer()) { // a Department's shared store: demonstration data only if asked for
                loadSample.set(false);
            }
            show(loadSample.get() && l.sample() != null ? l.sample() : l.agency());
        });
        loadSample.addListener((o, old, ticked) -> {
            if (loaded != null && loaded.sample() != null) {
                show(ticked ? loaded.sample() : loaded.agency(), ticked ? loaded.agency() : loaded.sample());
            }
        });
    }

    private void show(AgencySettings a) {
        show(a, null);
    }

    /**
     * Shows {@code a}'s names and units. Ticking or unticking the sample swaps only what still reads as the
     * other choice showed it ({@code before}): a name the user typed, or a unit still valid, stays.
     */
    private void show(AgencySettings a, AgencySettings before) {
        replace(superior, a.superiorAgency(), before == null ? null : before.superiorAgency());
        replace(issuing, a.issuingAgency(), before == null ? null : before.issuingAgency());
        replace(abbreviation, a.abbreviation(), before == null ? null : before.abbreviation());
        replace(place, a.placeName(), before == null ? null : before.placeName());
        Choice chosen = unit.get();
        List<String> fit = unitsOf(a.homeProvinceCode(), loaded.all());
        units.setAll(loaded.units().stream().filter(c -> fit.contains(c.code())).toList());
        // the sample names its unit; on a new store without it the unit is a deliberate choice, left empty
        String preset = a == loaded.sample() ? a.installationUnitCode() : null;
        boolean keep = before != null && chosen != null && units.contains(chosen)
                && !chosen.code().equals(before.installationUnitCode());
        unit.set(keep ? chosen : units.stream().filter(c -> c.code().equals(preset)).findFirst().orElse(null));
    }

    private static void replace(javafx.beans.property.StringProperty field, String now, String shownBefore) {
        if (shownBefore == null || field.get().equals(nz(shownBefore))) {
            field.set(nz(now));
        }
    }

    /**
     * The units an installation of this agency may serve. The agencies that use ATR are provincial
     * departments reporting for their province: the installation is the department itself (the province)
     * or one of the province's own units (a ward's staff), never a unit of another province.
     */
    static List<String> unitsOf(String province, List<AdminUnit> all) {
        List<String> within = new ArrayList<>(List.of(province));
        for (int i = 0; i < within.size(); i++) {
            String parent = within.get(i);
            all.stream().filter(u -> parent.equals(u.parentCode())).map(AdminUnit::code)
                    .filter(c -> !within.contains(c)).forEach(within::add);
        }
        return within;
    }

    /**
     * The store's agency, the sample's (null once loaded or when the store holds records), the unit choices and
     * the units they come from.
     */
    private record Loaded(AgencySettings agency, AgencySettings sample, List<Choice> units, List<AdminUnit> all,
                          boolean onServer) {
    }

    /**
     * Checks the answers with the domain's rules and stores them (the sample first, so that the answers
     * given here win); false, with the problems under their inputs, if they are not acceptable.
     */
    public boolean save(Runnable done) {
        errors.clear();
        AgencySettings given = answers(NONE);
        // the form's unit input is named unitCode, like the unit of every other form
        errors.addAll(RecordValidator.validate(given).stream().map(v -> v.field().equals("installationUnitCode")
                ? new Violation("unitCode", v.key(), v.args()) : v).toList());
        if (!errors.publish()) {
            return false;
        }
        boolean sample = loadSample.get() && sampleOffered.get();
        context.tasks().run(() -> {
            if (sample && !context.services().sample().isLoaded()) {
                context.services().sample().loadHaiPhong2023();
            }
            AgencySettings old = context.services().reference().agency();
            context.services().reference().saveAgency(new AgencySettings(given.superiorAgency(),
                    given.issuingAgency(), given.abbreviation(), given.placeName(), old.recipient(),
                    old.signerTitle(), old.signerName(), old.homeProvinceCode(), given.installationUnitCode()));
            return sample;
        }, s -> done.run());
        return true;
    }

    /** The answers over {@code base}'s other settings. */
    private AgencySettings answers(AgencySettings base) {
        return new AgencySettings(superior.get().strip(), issuing.get().strip(), abbreviation.get().strip(),
                place.get().strip(), base.recipient(), base.signerTitle(), base.signerName(), base.homeProvinceCode(),
                unit.get() == null ? null : unit.get().code());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
