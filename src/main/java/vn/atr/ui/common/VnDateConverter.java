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

    public static void install(DatePicker picker) {
        picker.setConverter(new VnDateConverter());
        picker.setPromptText("dd/MM/yyyy");
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
            return null;
        }
    }
}
