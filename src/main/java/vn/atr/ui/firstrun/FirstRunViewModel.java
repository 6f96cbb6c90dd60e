package vn.atr.ui.firstrun;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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

    /** Reads the current agency settings (V2 ships defaults) and the units, off the FX thread. */
    public void load() {
        var reference = context.services().reference();
        context.tasks().run(() -> new Loaded(reference.agency(), ReferenceChoices.read(reference).units()), l -> {
            superior.set(nz(l.agency().superiorAgency()));
            issuing.set(nz(l.agency().issuingAgency()));
            abbreviation.set(nz(l.agency().abbreviation()));
            place.set(nz(l.agency().placeName()));
            units.setAll(l.units());
        });
    }

    private record Loaded(AgencySettings agency, List<Choice> units) {
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
        boolean sample = loadSample.get();
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
