package vn.atr.format.xlsx;

import java.util.List;

/** A fillable sheet: one record kind, its title (the tab name) and its columns in template order. */
public record XlsxSheet(String key, String title, List<XlsxColumn> columns) {

    public XlsxSheet {
        columns = List.copyOf(columns);
    }
}
