package vn.atr.cli;

import java.util.List;

/** Rows printed in columns as wide as their longest cell: names, roles, units and indicators differ a lot in length. */
final class Columns {
    private Columns() {
    }

    static void print(List<String[]> rows) {
        int[] width = new int[rows.isEmpty() ? 0 : rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        });
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(i == r.length - 1 ? r[i] : String.format("%-" + (width[i] + 2) + "s", r[i]));
            }
            System.out.println(line.toString().stripTrailing());
        }
    }
}
