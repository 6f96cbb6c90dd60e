package vn.atr.ui.common;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import vn.atr.domain.AtrException;
import vn.atr.domain.VnFormats;

/**
 * dd/MM/yyyy for a DatePicker, through {@link VnFormats}. A date that does not exist (31/11/2023)
 * is kept as typed rather than silently replaced by the previous value, so that the form's
 * validation can name it and refuse to save.
 */
public final class VnDateConverter extends StringConverter<LocalDate> {
    private String rejected;
    /** The text just refused by a commit, until the picker has answered it (see {@link #install}). */
    private String committing;

    /**
     * Installs the converter. A DatePicker's skin answers a commit (Enter, or leaving the field) whose text gives no
     * date by emptying its editor whatever the converter says (JavaFX 21's ComboBoxPopupControl.updateDisplayNode):
     * 31/02/2026 then vanished, unsaid, and Enter saved the record without it. The text is put back at once, so the
     * form reads it and names the problem under the field; an editor emptied by the user is left empty.
     */
    public static void install(DatePicker picker) {
        VnDateConverter converter = new VnDateConverter();
        picker.setConverter(converter);
        picker.setPromptText("dd/mm/yyyy");
        picker.getEditor().textProperty().addListener((o, before, now) -> {
            String refused = converter.committing;
            converter.committing = null;
            if (refused != null && (now == null || now.isEmpty()) && refused.equals(before)) {
                picker.getEditor().setText(refused);
            }
        });
    }

    @Override
    public String toString(LocalDate date) {
        if (date == null) {
            return rejected == null ? "" : rejected;
        }
        return VnFormats.date(date);
    }

    @Override
    public LocalDate fromString(String text) {
        rejected = null;
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return VnFormats.parseDate(text);
        } catch (AtrException e) {
            rejected = text;
            committing = text;
            // only the commit under way may empty the editor: a later clear (the user's, a form's) stays a clear
            javafx.application.Platform.runLater(() -> committing = null);
            return null;
        }
    }
}
