package vn.atr.report.excel;

/**
 * Text written into a spreadsheet cell can never start a formula: a value beginning with = + - @
 * (or a tab or carriage return, which some programs strip first) gets a leading apostrophe, the
 * usual guard against formula injection when a cell is later copied or saved as CSV.
 */
public final class SafeText {
    private SafeText() {
    }

    public static String of(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
