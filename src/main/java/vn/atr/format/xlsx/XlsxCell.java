package vn.atr.format.xlsx;

/**
 * One non-empty cell as the streaming reader found it. {@code text} is the value as a user would
 * read it: numbers in plain digits ("1200", "12.5"), dates formatted dd/MM/yyyy, text as typed.
 */
public record XlsxCell(int column, String text, Type type) {

    /**
     * Non-breaking and zero-width spaces and Word's optional hyphens (pasted from the web or Word) read as what they
     * look like: a code
     * "HB-2026-03" followed by one was another code, and trimming did not see it.
     */
    public XlsxCell {
        if (text != null && type == Type.TEXT && hasOddSpace(text)) { // one scan for every cell, rarely a copy
            text = text.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ')
                    .replace("\u200B", "").replace("\uFEFF", "").replace("\u00AD", "");
        }
    }

    private static boolean hasOddSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
                return true;
            }
        }
        return false;
    }

    public enum Type {
        TEXT, NUMBER, DATE, BOOLEAN,
        /** An Excel error value (#VALUE!, #REF!...). */
        ERROR,
        /** A formula the file holds no computed result for (written by a program, never opened in Excel). */
        FORMULA_WITHOUT_VALUE
    }
}
