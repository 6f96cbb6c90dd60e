package vn.atr.ui.common;

import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import vn.atr.domain.AtrException;
import vn.atr.domain.VnFormats;

/** Binds form inputs to view-model text the same way in every form. */
public final class FormBinding {
    private FormBinding() {
    }

    /** A dd/MM/yyyy date picker whose text (as typed) is the view model's value. */
    public static void date(DatePicker picker, StringProperty text) {
        VnDateConverter.install(picker);
        picker.getEditor().textProperty().bindBidirectional(text);
    }

    /** A whole number shown with Vietnamese grouping (10.215) once the field is left. */
    public static void number(TextField field, StringProperty text) {
        field.textProperty().bindBidirectional(text);
        field.getStyleClass().add("number-field");
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !field.getText().isBlank()) {
                try {
                    field.setText(VnFormats.number(VnFormats.parseNumber(field.getText())));
                } catch (AtrException e) {
                    // left as typed: the form's validation names the problem on save
                }
            }
        });
    }
}
