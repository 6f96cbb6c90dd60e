package vn.atr.ui.common.form;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.FieldErrors;

/**
 * The state of a generated form (the view model side): values as typed, by domain field name,
 * and the shared parsing into dates, numbers, codes and enums with messages that name the field.
 */
public final class RecordForm {
    private final List<Field> fields;
    private final Map<String, StringProperty> texts = new HashMap<>();
    private final Map<String, ObjectProperty<Choice>> choices = new HashMap<>();
    private final Map<String, BooleanProperty> checks = new HashMap<>();
    private final FieldErrors errors = new FieldErrors();
    private final BooleanProperty dirty = new SimpleBooleanProperty();

    public RecordForm(List<Field> fields) {
        this.fields = List.copyOf(fields);
        for (Field f : fields) {
            switch (f.kind()) {
                case CHOICE -> choices.put(f.name(), new SimpleObjectProperty<>());
                case CHECK -> checks.put(f.name(), new SimpleBooleanProperty());
                case MULTI -> f.choices().forEach(c -> checks.put(f.name() + "." + c.code(), new SimpleBooleanProperty()));
                default -> texts.put(f.name(), new SimpleStringProperty(""));
            }
        }
        onEdit(() -> dirty.set(true));
    }

    /** Runs {@code action} after any field of the form changes. */
    public void onEdit(Runnable action) {
        texts.values().forEach(p -> p.addListener(o -> action.run()));
        choices.values().forEach(p -> p.addListener(o -> action.run()));
        checks.values().forEach(p -> p.addListener(o -> action.run()));
    }

    public List<Field> fields() {
        return fields;
    }

    public FieldErrors errors() {
        return errors;
    }

    public BooleanProperty dirty() {
        return dirty;
    }

    StringProperty textProperty(String name) {
        return texts.get(name);
    }

    ObjectProperty<Choice> choiceProperty(String name) {
        return choices.get(name);
    }

    BooleanProperty checkProperty(String name) {
        return checks.get(name);
    }

    // ---- filling ----

    public RecordForm set(String name, String value) {
        texts.get(name).set(value == null ? "" : value);
        return this;
    }

    public RecordForm choose(String name, Object code) {
        String c = code == null ? null : (code instanceof Enum<?> e ? e.name() : code.toString());
        Field f = field(name);
        choices.get(name).set(f.choices().stream().filter(x -> x.code().equals(c)).findFirst().orElse(null));
        return this;
    }

    public RecordForm check(String name, boolean value) {
        checks.get(name).set(value);
        return this;
    }

    public RecordForm checkAll(String name, Collection<? extends Enum<?>> values) {
        values.forEach(v -> checks.get(name + "." + v.name()).set(true));
        return this;
    }

    /** Marks the form as unchanged (after filling it from a stored record). */
    public void markClean() {
        dirty.set(false);
    }

    // ---- reading (parse problems go to the errors, named by field) ----

    public String text(String name) {
        String t = texts.get(name).get();
        return t == null || t.isBlank() ? null : t.strip();
    }

    public LocalDate date(String name) {
        return errors.date(name, texts.get(name).get());
    }

    public long number(String name) {
        return errors.number(name, texts.get(name).get());
    }

    /** A year typed in a form ({@link Field#year}), or null when left empty. */
    public Integer optionalYear(String name) {
        String t = texts.get(name).get();
        return t == null || t.isBlank() ? null : errors.year(name, t);
    }

    public String code(String name) {
        Choice c = choices.get(name).get();
        return c == null ? null : c.code();
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String c = code(name);
        return c == null ? null : Enum.valueOf(type, c);
    }

    public boolean checked(String name) {
        return checks.get(name).get();
    }

    public <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if (checks.get(name + "." + e.name()).get()) {
                set.add(e);
            }
        }
        return set;
    }

    Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name));
    }
}
