package vn.atr.ui.firstrun;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.atr.domain.AgencySettings;
import vn.atr.domain.Violation;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.FieldErrors;

/** The first-run questions: who issues the report, which unit this installation serves, sample data or not. */
public final class FirstRunViewModel {
    private final AppContext context;
    private final FieldErrors errors = new FieldErrors();

    final StringProperty superior = new SimpleStringProperty("");
    final StringProperty issuing = new SimpleStringProperty("");
    final StringProperty abbreviation = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final ObjectProperty<Choice> unit = new SimpleObjectProperty<>();
    final BooleanProperty loadSample = new SimpleBooleanProperty(true);

    public FirstRunViewModel(AppContext context) {
        this.context = context;
        AgencySettings a = context.services().reference().agency();
        superior.set(nz(a.superiorAgency()));
        issuing.set(nz(a.issuingAgency()));
        abbreviation.set(nz(a.abbreviation()));
        place.set(nz(a.placeName()));
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Validates and stores the answers (the sample first, so that the answers given here win). */
    public boolean save(Runnable done) {
        errors.clear();
        if (issuing.get().isBlank()) {
            errors.addAll(List.of(new Violation("issuingAgency", "validation.required")));
        }
        if (unit.get() == null) {
            errors.addAll(List.of(new Violation("unitCode", "validation.required")));
        }
        if (!errors.publish()) {
            return false;
        }
        boolean sample = loadSample.get();
        context.tasks().run(() -> {
            if (sample && !context.services().sample().isLoaded()) {
                context.services().sample().loadHaiPhong2023();
            }
            AgencySettings old = context.services().reference().agency();
            context.services().reference().saveAgency(new AgencySettings(superior.get().strip(),
                    issuing.get().strip(), abbreviation.get().strip(), place.get().strip(), old.recipient(),
                    old.signerTitle(), old.signerName(), old.homeProvinceCode(), unit.get().code()));
            return sample;
        }, s -> done.run());
        return true;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
