package vn.atr.ui.activity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import vn.atr.ui.common.form.RecordEdit;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.Topic;
import vn.atr.domain.VnFormats;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.FieldErrors;

/** The activity being entered or corrected: text as typed, checked by the domain rules before save. */
public final class ActivityFormViewModel {
    private final AppContext context;
    private final FieldErrors errors = new FieldErrors();
    private Activity original;

    final ObjectProperty<Choice> type = new SimpleObjectProperty<>();
    final ObjectProperty<Choice> unit = new SimpleObjectProperty<>();
    final StringProperty startDate = new SimpleStringProperty("");
    final StringProperty endDate = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty leadOrg = new SimpleStringProperty("");
    final StringProperty targetGroup = new SimpleStringProperty("");
    final StringProperty participants = new SimpleStringProperty("");
    final StringProperty quantity = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final BooleanProperty drugs = new SimpleBooleanProperty();
    final BooleanProperty prostitution = new SimpleBooleanProperty();
    final BooleanProperty hiv = new SimpleBooleanProperty();
    final BooleanProperty dirty = new SimpleBooleanProperty();
    /** The organisations offered as partners, each with its box; partners of the stored record not offered stay. */
    final javafx.collections.ObservableList<Choice> partnerChoices = javafx.collections.FXCollections.observableArrayList();
    private final java.util.Map<String, BooleanProperty> partnerTicks = new java.util.LinkedHashMap<>();
    private List<String> unofferedPartners = List.of();

    public ActivityFormViewModel(AppContext context) {
        this.context = context;
        for (Observable p : List.of(type, unit, startDate, endDate, title, leadOrg, targetGroup, participants,
                quantity, notes, drugs, prostitution, hiv)) {
            p.addListener(o -> dirty.set(true));
            p.addListener(o -> recheck());
        }
    }

    public FieldErrors errors() {
        return errors;
    }

    public boolean isNew() {
        return original == null;
    }

    /** The box of a partner organisation in the list (ticked when the activity names it). */
    BooleanProperty partner(String code) {
        return partnerTicks.computeIfAbsent(code, c -> {
            BooleanProperty b = new SimpleBooleanProperty();
            b.addListener(o -> dirty.set(true));
            return b;
        });
    }

    /** Fills the form from a stored activity (or blank for a new one in {@code unitChoice}). */
    public void load(Activity a, Choice typeChoice, Choice unitChoice, List<Choice> partners) {
        partnerChoices.setAll(partners);
        List<String> named = a == null ? List.of() : a.partnerOrgs();
        partners.forEach(c -> partner(c.code()).set(named.contains(c.code())));
        unofferedPartners = named.stream().filter(code -> partners.stream().noneMatch(c -> c.code().equals(code)))
                .toList();
        original = a;
        type.set(typeChoice);
        unit.set(unitChoice);
        if (a != null) {
            startDate.set(VnFormats.date(a.startDate()));
            endDate.set(VnFormats.date(a.endDate()));
            title.set(nz(a.title()));
            leadOrg.set(nz(a.leadOrg()));
            targetGroup.set(nz(a.targetGroup()));
            participants.set(VnFormats.number(a.participants()));
            quantity.set(VnFormats.number(a.quantity()));
            notes.set(nz(a.notes()));
            drugs.set(a.topics().contains(Topic.DRUGS));
            prostitution.set(a.topics().contains(Topic.PROSTITUTION));
            hiv.set(a.topics().contains(Topic.HIV_AIDS));
        }
        dirty.set(false);
    }

    /** The activity the form describes, or null after publishing what is wrong with it. */
    public Activity validate() {
        Activity a = check();
        return errors.publish() ? a : null;
    }

    /**
     * After an edit while messages are shown, takes away those whose problem is gone (an end date answered by
     * a later start date) and shows nothing new before the next save ({@link FieldErrors#withdrawAnswered}).
     */
    void recheck() {
        if (!errors.messages().isEmpty()) {
            check();
            errors.withdrawAnswered();
        }
    }

    /** The activity as typed, its problems gathered but not yet shown. */
    private Activity check() {
        errors.clear();
        LocalDate start = errors.date("startDate", startDate.get());
        LocalDate end = errors.date("endDate", endDate.get());
        long people = errors.number("participants", participants.get());
        long qty = errors.number("quantity", quantity.get());
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        if (drugs.get()) {
            topics.add(Topic.DRUGS);
        }
        if (prostitution.get()) {
            topics.add(Topic.PROSTITUTION);
        }
        if (hiv.get()) {
            topics.add(Topic.HIV_AIDS);
        }
        Meta meta = original == null ? Meta.fresh(context.author()) : original.meta();
        int peopleInt = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, people));
        Activity a = new Activity(meta, code(unit.get()), code(type.get()), start, end, blank(title.get()),
                blank(leadOrg.get()), partnerCodes(), topics,
                blank(targetGroup.get()), peopleInt, qty, blank(notes.get()));
        errors.addAll(RecordValidator.forEntry(a)); // a field that did not parse keeps its parse message
        return a;
    }

    /** Validates, then saves in one transaction; {@code onSaved} runs only if it was stored. */
    public boolean save(Consumer<Activity> onSaved) {
        return save(onSaved, RecordEdit.Ask.SAVE);
    }

    /**
     * As {@link #save(Consumer)}, but an activity the same as a stored one (saved twice?) is saved only if
     * {@code ask} says so; otherwise the form stays as it is.
     */
    public boolean save(Consumer<Activity> onSaved, RecordEdit.Ask ask) {
        Activity a = validate();
        if (a == null) {
            return false;
        }
        Consumer<Activity> stored = saved -> {
            original = saved;
            dirty.set(false);
            onSaved.accept(saved);
        };
        Consumer<Throwable> refused = failure -> {
            if (!errors.showRefusal(failure)) {
                context.errors().show(failure);
            }
        };
        // a new activity only: one saved "anyway" is not asked about again at each correction
        context.tasks().run(() -> a.meta().isNew() ? context.services().activities().lookalikes(a)
                : List.<String>of(), found -> {
            Runnable proceed = () -> context.tasks().run(() -> context.services().activities().save(a,
                    context.author()), stored, refused);
            if (found.isEmpty()) {
                proceed.run();
            } else {
                ask.lookalikes(found, proceed);
            }
        }, refused);
        return true;
    }

    /** The ticked partners in the list's order, then those of the stored record the list does not offer. */
    private List<String> partnerCodes() {
        List<String> codes = new java.util.ArrayList<>();
        partnerChoices.forEach(c -> {
            if (partner(c.code()).get()) {
                codes.add(c.code());
            }
        });
        codes.addAll(unofferedPartners);
        return codes;
    }

    private static String code(Choice c) {
        return c == null ? null : c.code();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
