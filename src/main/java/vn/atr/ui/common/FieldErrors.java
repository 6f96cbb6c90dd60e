package vn.atr.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import vn.atr.domain.AtrException;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.domain.VnFormats;

/**
 * The inline validation every form shares: typed text is parsed with {@link VnFormats} (the
 * message names the form's field, not "date"), the record is checked with the domain rules, and
 * the problems end up as field -> message, which the view shows beside each field.
 */
public final class FieldErrors {
    private final ObservableMap<String, String> messages = FXCollections.observableMap(new LinkedHashMap<>());
    private final Map<String, String> pending = new LinkedHashMap<>();
    /** Fields refused by the store's own rules, which a check of the form alone cannot answer. */
    private final java.util.Set<String> refused = new java.util.HashSet<>();

    public ObservableMap<String, String> messages() {
        return messages;
    }

    /** Starts a new round of validation. */
    public void clear() {
        pending.clear();
    }

    /** Parses a dd/MM/yyyy field; blank gives null (the domain rules say whether it is required). */
    public java.time.LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return VnFormats.parseDate(text);
        } catch (ValidationException e) {
            add(field, e);
            return null;
        }
    }

    /** Parses a whole number typed with or without grouping dots; blank gives 0. */
    public long number(String field, String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return VnFormats.parseNumber(text);
        } catch (ValidationException e) {
            add(field, e);
            return 0;
        }
    }

    /** A year as people write one, "2005": four digits, no thousands' dot ("2.005" reads as a count, not a year). */
    public int year(String field, String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String t = text.strip();
        if (!t.matches("\\d{4}")) {
            pending.putIfAbsent(field, new Violation(field, "validation.notAYear", t).message());
            return 0;
        }
        return Integer.parseInt(t);
    }

    public void addAll(List<Violation> violations) {
        for (Violation v : violations) {
            pending.putIfAbsent(v.field(), v.message());
        }
    }

    private void add(String field, AtrException e) {
        List<Violation> vs = ((ValidationException) e).violations();
        Violation first = vs.get(0);
        pending.putIfAbsent(field, new Violation(field, first.key(), first.args()).message());
    }

    /**
     * Shows a refusal from the store's side (a rule that needs the store, such as a unit's validity dates)
     * under its fields, as the form's own checks are shown; false when {@code failure} is not a refusal.
     */
    public boolean showRefusal(Throwable failure) {
        if (!(failure instanceof ValidationException refused)) {
            return false;
        }
        pending.clear();
        addAll(refused.violations());
        publish();
        this.refused.addAll(pending.keySet());
        return true;
    }

    /**
     * Takes away the messages shown for fields that this round (a check after an edit, not a save) finds right,
     * and shows nothing new: a problem between two fields goes when either is corrected (ticking "within
     * Vietnam" answers the destination's message), while a field being typed is not judged before its save.
     */
    public void withdrawAnswered() {
        messages.keySet().removeIf(field -> !pending.containsKey(field) && !refused.contains(field));
    }

    /** Publishes this round's problems; true when there are none. */
    public boolean publish() {
        refused.clear();
        messages.clear();
        messages.putAll(pending);
        return pending.isEmpty();
    }

    /** All messages, one per line, for the summary above the buttons. */
    public String summary() {
        return String.join("\n", messages.values());
    }

    /**
     * Shows the message for {@code field} in {@code label} (hidden when there is none) and marks the input. The
     * message wraps at the field's width rather than being cut, and goes as soon as the field is edited: a
     * message about a value no longer there would mislead (the next save checks again).
     */
    public void bind(javafx.scene.control.Label label, javafx.scene.Node input, String field) {
        label.getStyleClass().add("field-error");
        label.setId("error-" + field);
        label.setWrapText(true);
        // Under its field (a column), as wide as the field rather than as its text; in a row of filters, its text.
        Runnable fit = () -> label.setPrefWidth(label.getParent() instanceof javafx.scene.layout.VBox ? 0
                : javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        label.parentProperty().addListener((o, old, now) -> fit.run());
        fit.run();
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        editsOf(input).forEach(v -> v.addListener((o, old, now) -> messages.remove(field)));
        Runnable update = () -> {
            String m = messages.get(field);
            label.setText(m == null ? "" : m);
            label.setVisible(m != null);
            label.setManaged(m != null);
            input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), m != null);
        };
        messages.addListener((javafx.collections.MapChangeListener<String, String>) c -> update.run());
        update.run();
    }

    /** What the user changes in {@code input}: its text, its choice or its box. */
    private static List<javafx.beans.value.ObservableValue<?>> editsOf(javafx.scene.Node input) {
        List<javafx.beans.value.ObservableValue<?>> edits = new java.util.ArrayList<>();
        if (input instanceof javafx.scene.control.TextInputControl t) {
            edits.add(t.textProperty());
        }
        if (input instanceof javafx.scene.control.ComboBox<?> c && c.isEditable()) {
            edits.add(c.getEditor().textProperty()); // its value follows the text when Enter commits it
        } else if (input instanceof javafx.scene.control.ComboBoxBase<?> c) {
            edits.add(c.valueProperty());
        }
        if (input instanceof javafx.scene.control.DatePicker d) {
            edits.add(d.getEditor().textProperty());
        }
        if (input instanceof javafx.scene.control.CheckBox b) {
            edits.add(b.selectedProperty());
        }
        return edits;
    }
}
