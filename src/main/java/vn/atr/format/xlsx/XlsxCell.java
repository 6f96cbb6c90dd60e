package vn.atr.format.xlsx;

/**
 * One non-empty cell as the streaming reader found it. {@code text} is the value as a user would
 * read it: numbers in plain digits ("1200", "12.5"), dates formatted dd/MM/yyyy, text as typed.
 */
public record XlsxCell(int column, String text, Type type) {

    public enum Type {
        TEXT, NUMBER, DATE, BOOLEAN,
        /** An Excel error value (#VALUE!, #REF!...). */
        ERROR,
        /** A formula the file holds no computed result for (written by a program, never opened in Excel). */
        FORMULA_WITHOUT_VALUE
    }
}
