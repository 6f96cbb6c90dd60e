package vn.atr.service.xlsximport;

import vn.atr.domain.Messages;

/**
 * One thing wrong in an imported workbook, located as a user finds it: the sheet (tab) name, the
 * row number Excel shows and the column header; {@code row} 0 and {@code column} null for a
 * problem of the whole sheet (a missing column).
 */
public record XlsxProblem(String sheet, int row, String column, String reason) {

    public String message() {
        if (row == 0) {
            return Messages.get("xlsx.sheetProblem", sheet, reason);
        }
        return column == null ? Messages.get("xlsx.rowProblem", sheet, row, reason)
                : Messages.get("xlsx.problem", sheet, row, column, reason);
    }

    @Override
    public String toString() {
        return message();
    }
}
