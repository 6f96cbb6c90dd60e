package vn.atr.ui.cases;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.atr.domain.SupportService;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.service.CaseService;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.ReferenceChoices;

/** Cases of the period, the selected case's victims and the selected victim's support. */
public final class CasesViewModel {
    private final AppContext context;
    final ObservableList<TraffickingCase> cases = FXCollections.observableArrayList();
    final ObservableList<Victim> victims = FXCollections.observableArrayList();
    final ObservableList<SupportService> support = FXCollections.observableArrayList();
    final ObjectProperty<TraffickingCase> selectedCase = new SimpleObjectProperty<>();
    final ObjectProperty<Victim> selectedVictim = new SimpleObjectProperty<>();
    ReferenceChoices choices = ReferenceChoices.EMPTY;

    public CasesViewModel(AppContext context) {
        this.context = context;
        selectedCase.addListener((o, old, c) -> loadVictims());
        selectedVictim.addListener((o, old, v) -> loadSupport());
    }

    private CaseService service() {
        return context.services().cases();
    }

    public void load() {
        context.tasks().run(() -> ReferenceChoices.read(context.services().reference()), c -> {
            choices = c;
            loadCases();
        });
    }

    public void loadCases() {
        var period = context.period();
        String keep = selectedCase.get() == null ? null : selectedCase.get().meta().id();
        context.tasks().run(() -> service().cases(period), list -> {
            cases.setAll(list);
            selectedCase.set(list.stream().filter(c -> c.meta().id().equals(keep)).findFirst().orElse(null));
        });
    }

    public void loadVictims() {
        TraffickingCase c = selectedCase.get();
        if (c == null) {
            victims.clear();
            return;
        }
        context.tasks().run(() -> service().victims(c.meta().id()), victims::setAll);
    }

    public void loadSupport() {
        Victim v = selectedVictim.get();
        if (v == null) {
            support.clear();
            return;
        }
        context.tasks().run(() -> service().support(v.meta().id()), support::setAll);
    }

    public void deleteCase(TraffickingCase c) {
        context.tasks().run(() -> {
            service().deleteCase(c, context.author());
            return c;
        }, x -> loadCases());
    }

    public void deleteVictim(Victim v) {
        context.tasks().run(() -> {
            service().deleteVictim(v, context.author());
            return v;
        }, x -> loadVictims());
    }

    public void deleteSupport(SupportService s) {
        context.tasks().run(() -> {
            service().deleteSupport(s, context.author());
            return s;
        }, x -> loadSupport());
    }

    /** The unit a new case starts in (read with the choices, off the FX thread). */
    String defaultUnit() {
        return choices.installationUnit();
    }
}
