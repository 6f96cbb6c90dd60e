package vn.atr.format.xlsx;

import java.util.List;

/**
 * One column of a fillable sheet: the record field it feeds ({@code key}), the Vietnamese header,
 * what the cells hold, for coded fields the labels the drop-down list offers, and the hint shown
 * when a cell of the column is selected.
 */
public record XlsxColumn(String key, String header, Kind kind, List<String> choices, boolean required, int width,
                         String hint) {

    /** What a column's cells hold; decides the data validation and the cell style of the template. */
    public enum Kind {
        TEXT, DATE,
        /** The day something happened on: a date not after today (the entry rule of those fields). */
        PAST_DATE,
        WHOLE, CHOICE,
        /** Several labels separated by ";": the list offers one, typing more is allowed. */
        MULTI_CHOICE,
        /** A coded field whose list is a suggestion: other text is kept as typed (lead organisation). */
        OPEN_CHOICE,
        YES_NO
    }

    public XlsxColumn {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public boolean hasList() {
        return !choices.isEmpty();
    }
}
