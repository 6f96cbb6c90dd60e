package vn.atr.service.xlsximport;

import java.util.List;
import java.util.Map;

/**
 * What an Excel import found and did. {@code validRows}: rows that passed, per sheet title;
 * {@code problems}: every invalid cell; {@code written}: whether anything was stored (never when
 * there are problems, unless only the valid rows were asked for); {@code warnings}: unknown sheets or
 * columns that were skipped, likely duplicates of stored cases and victims. {@code added},
 * {@code updated}, {@code unchanged}: what the valid rows do (ADR 0032: a row standing for a stored
 * record updates it or leaves it alone), counted whether or not anything was written.
 */
public record XlsxImportResult(String fileName, Map<String, Integer> validRows, List<XlsxProblem> problems,
                               List<String> warnings, boolean written, int imported, int added, int updated,
                               int unchanged) {

    public XlsxImportResult {
        validRows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(validRows));
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public int validCount() {
        return validRows.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** A sheet could not be read at all (a required column missing): even the valid rows are not imported. */
    public boolean hasSheetProblems() {
        return !rowsOnly(problems);
    }

    /** True when every problem is a row's or a cell's, none a whole sheet's. */
    static boolean rowsOnly(List<XlsxProblem> problems) {
        return problems.stream().allMatch(p -> p.row() != 0);
    }
}
