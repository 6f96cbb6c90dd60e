package vn.atr.domain.report;

import java.util.List;

/**
 * One appendix table ("Phụ lục I"): column headers, rows of a label and whole numbers, and how many
 * leading value columns get a total row (a SUM formula in the workbook; 0 = no total row, as in the
 * breakdown tables where one record may count under several headings). Rows with {@code group}
 * set are sub-headings without figures. {@code byUnit} marks the tables small-count suppression
 * applies to: the cases by unit and the victims' breakdowns, which describe people (activities by unit do not; the
 * name stays: submitted reports store it).
 * {@code key} names what the table shows ("months", "units", "victims"...), so that a renderer can give it
 * what belongs to it (the workbook's chart); null when nothing does.
 */
public record AppendixTable(String number, String title, List<String> headers, List<Row> rows,
                            int totalColumns, boolean byUnit, String key) {

    public AppendixTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public AppendixTable(String number, String title, List<String> headers, List<Row> rows, int totalColumns,
                         boolean byUnit) {
        this(number, title, headers, rows, totalColumns, byUnit, null);
    }

    public boolean hasTotal() {
        return totalColumns > 0;
    }

    /**
     * A row: its label (first column) and one whole number per further column. {@code noRecord} marks an
     * indicator nothing was recorded for in the period: its figures are zeros but print as "-", since a 0
     * would claim that nothing happened (reports frozen before the field read it as false). {@code unmeasured}
     * holds the value columns the row's indicator does not count (the participants of leaflets, the quantity of a
     * training): a 0 there prints as "-" too, not as a figure (reports frozen before the field: none).
     */
    public record Row(String label, List<Long> values, boolean group, boolean noRecord, List<Integer> unmeasured) {
        public Row {
            values = List.copyOf(values);
            // sorted: the same figures give the same JSON, and the same hash in the audit log, at every submission
            unmeasured = unmeasured == null ? List.of() : List.copyOf(new java.util.TreeSet<>(unmeasured));
        }

        public Row(String label, List<Long> values, boolean group, boolean noRecord) {
            this(label, values, group, noRecord, List.of());
        }

        public static Row of(String label, long... values) {
            return new Row(label, java.util.Arrays.stream(values).boxed().toList(), false, false);
        }

        public static Row heading(String label) {
            return new Row(label, List.of(), true, false);
        }

        /** An indicator without records in the period: {@code columns} zeros shown as "-". */
        public static Row noRecord(String label, int columns) {
            return new Row(label, java.util.Collections.nCopies(columns, 0L), false, true);
        }

        /** This row with {@code columns} (value indexes) marked as not counted by its indicator. */
        public Row unmeasured(java.util.Collection<Integer> columns) {
            return new Row(label, values, group, noRecord, List.copyOf(columns));
        }

        /** Whether value {@code i} prints as "-": nothing recorded, or a 0 in a column the indicator does not count. */
        public boolean dash(int i) {
            return noRecord || unmeasured.contains(i) && values.get(i) == 0;
        }
    }

    /** A figure of the table: its row (in {@link #rows()}) and its value column. */
    public record Cell(int row, int column) {
    }

    /**
     * The cells withheld beside a single small count ({@link Withholding}): per value column, within each group of
     * rows under a sub-heading (a breakdown: by sex, by age...), or the whole column in a table without headings.
     */
    public java.util.Set<Cell> withheldBesideSmall() {
        java.util.Set<Cell> out = new java.util.HashSet<>();
        List<List<Integer>> breakdowns = new java.util.ArrayList<>();
        List<Integer> current = new java.util.ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).group()) {
                breakdowns.add(current);
                current = new java.util.ArrayList<>();
            } else {
                current.add(r);
            }
        }
        breakdowns.add(current);
        int columns = rows.stream().mapToInt(r -> r.values().size()).max().orElse(0);
        for (List<Integer> breakdown : breakdowns) {
            for (int c = 0; c < columns; c++) {
                int column = c;
                List<Long> counts = breakdown.stream().map(r -> rows.get(r).values().size() > column
                        ? rows.get(r).values().get(column) : 0L).toList();
                for (int i : Withholding.beside(counts)) {
                    out.add(new Cell(breakdown.get(i), c));
                }
            }
        }
        return out;
    }

    public long columnTotal(int valueIndex) {
        return rows.stream().filter(r -> !r.group()).mapToLong(r -> r.values().get(valueIndex)).sum();
    }
}
