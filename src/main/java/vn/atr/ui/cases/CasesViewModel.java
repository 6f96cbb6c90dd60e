package vn.atr.ui.cases;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.atr.domain.Messages;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.SupportService;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.domain.catalog.AgeBandEntry;
import vn.atr.service.CaseService;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.ReferenceChoices;
import vn.atr.ui.common.form.RecordEdit;
import vn.atr.ui.common.form.RecordForm;

/** Cases of the period, the selected case's victims and the selected victim's support. */
public final class CasesViewModel {
    private final AppContext context;
    final ObservableList<TraffickingCase> cases = FXCollections.observableArrayList();
    final ObservableList<Victim> victims = FXCollections.observableArrayList();
    final ObservableList<SupportService> support = FXCollections.observableArrayList();
    final ObjectProperty<TraffickingCase> selectedCase = new SimpleObjectProperty<>();
    final ObjectProperty<Victim> selectedVictim = new SimpleObjectProperty<>();
    ReferenceChoices choices = ReferenceChoices.EMPTY;
    /** The configured age bands, retired ones too (the victim form offers those current at the detection). */
    List<AgeBandEntry> ageBands = List.of();
    /** What each empty list says: what to pick or enter to fill it (not just "no records"). */
    final StringBinding casesEmpty;
    final StringBinding victimsEmpty;
    final StringBinding supportEmpty;

    public CasesViewModel(AppContext context) {
        this.context = context;
        selectedCase.addListener((o, old, c) -> loadVictims());
        selectedVictim.addListener((o, old, v) -> loadSupport());
        casesEmpty = Bindings.createStringBinding(() -> Messages.get("cases.emptyCases", context.period().toString()),
                context.periodProperty());
        victimsEmpty = Bindings.createStringBinding(() -> Messages.get(selectedCase.get() == null
                ? "cases.pickCase" : "cases.emptyVictims"), selectedCase);
        supportEmpty = Bindings.createStringBinding(() -> Messages.get(selectedVictim.get() == null
                ? "cases.pickVictim" : "cases.emptySupport"), selectedVictim);
    }

    private CaseService service() {
        return context.services().cases();
    }

    public void load() {
        context.tasks().run(() -> new Lists(ReferenceChoices.read(context.services().reference()),
                context.services().ageBands().list()), l -> {
            choices = l.choices();
            ageBands = l.ageBands();
            loadCases();
        });
    }

    private record Lists(ReferenceChoices choices, List<AgeBandEntry> ageBands) {
    }

    /** A victim's band as the list shows it: the configured name, old codes included. */
    String ageBandLabel(String code) {
        return CaseForms.ageBandLabel(ageBands, code);
    }

    /** The record a form has just saved, chosen in its list once the list is read again (set off the FX thread). */
    private volatile String savedCase;
    private volatile String savedVictim;
    private volatile String savedSupport;
    /** The support chosen in its list, for the list to choose again after a save. */
    final ObjectProperty<SupportService> selectedSupport = new SimpleObjectProperty<>();

    public void loadCases() {
        var period = context.period();
        String keep = savedCase != null ? savedCase : selectedCase.get() == null ? null : selectedCase.get().meta().id();
        savedCase = null;
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
        String keep = savedVictim;
        savedVictim = null;
        context.tasks().run(() -> service().victims(c.meta().id()), list -> {
            victims.setAll(list);
            list.stream().filter(x -> x.meta().id().equals(keep)).findFirst().ifPresent(selectedVictim::set);
        });
    }

    public void loadSupport() {
        Victim v = selectedVictim.get();
        if (v == null) {
            support.clear();
            return;
        }
        String keep = savedSupport;
        savedSupport = null;
        context.tasks().run(() -> service().support(v.meta().id()), list -> {
            support.setAll(list);
            list.stream().filter(x -> x.meta().id().equals(keep)).findFirst().ifPresent(selectedSupport::set);
        });
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

    /** The form of {@code c} (null: a new case in this installation's unit). */
    RecordEdit<TraffickingCase> editCase(TraffickingCase c) {
        RecordForm form = CaseForms.caseForm(choices, c, defaultUnit());
        return new RecordEdit<>(form, () -> CaseForms.toCase(form, c, context.author()), RecordValidator::forEntry,
                x -> {
                    TraffickingCase saved = service().save(x, context.author());
                    savedCase = saved.meta().id();
                    return saved;
                }).withLookalikes(x -> x.meta().isNew() ? context.services().exchange().lookalikesOnEntry(x)
                        : java.util.List.of());
    }

    /** The form of {@code v} (null: a new victim of the selected case). */
    RecordEdit<Victim> editVictim(Victim v) {
        TraffickingCase owner = selectedCase.get();
        RecordForm form = CaseForms.victimForm(choices, CaseForms.ageBandChoices(ageBands,
                owner == null ? null : owner.detectionDate(), v == null ? null : v.ageBand()), v, owner);
        return new RecordEdit<>(form, () -> CaseForms.toVictim(form, v, owner, context.author()),
                RecordValidator::forEntry, x -> {
                    Victim saved = service().save(x, context.author());
                    savedVictim = saved.meta().id();
                    return saved;
                }).withLookalikes(x -> x.meta().isNew() ? context.services().exchange().lookalikesOnEntry(x)
                        : java.util.List.of());
    }

    /** The form of {@code s} (null: new support for the selected victim). */
    RecordEdit<SupportService> editSupport(SupportService s) {
        Victim victim = selectedVictim.get();
        RecordForm form = CaseForms.supportForm(s);
        return new RecordEdit<>(form, () -> CaseForms.toSupport(form, s, victim, context.author()),
                RecordValidator::forEntry, x -> {
                    SupportService saved = service().save(x, context.author());
                    savedSupport = saved.meta().id();
                    return saved;
                });
    }

    /** The unit a new case starts in (read with the choices, off the FX thread). */
    String defaultUnit() {
        return choices.installationUnit();
    }
}
