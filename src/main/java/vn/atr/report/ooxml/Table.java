package vn.atr.report.ooxml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table: rows of cells holding paragraphs, with single borders or none, optional column grid (twips), a fixed
 * layout and left and right cell margins. Cells have a width (twips) and an optional shading.
 */
public final class Table {
    private final List<Row> rows = new ArrayList<>();
    private final int columns;
    private boolean borders = true;
    private Integer width;
    private int[] grid;
    private boolean fixed;
    private Integer cellMargin;

    public static final class Row {
        private final List<Cell> cells = new ArrayList<>();
        private boolean cantSplit;
        private boolean header;

        Row(int columns) {
            for (int i = 0; i < columns; i++) {
                cells.add(new Cell());
            }
        }

        public Cell cell(int i) {
            return cells.get(i);
        }

        public List<Cell> cells() {
            return Collections.unmodifiableList(cells);
        }

        public Row cantSplit() {
            cantSplit = true;
            return this;
        }

        public boolean isCantSplit() {
            return cantSplit;
        }

        /** Repeated at the top of each page the table continues on. */
        public Row repeatHeader() {
            header = true;
            return this;
        }

        public boolean isHeader() {
            return header;
        }
    }

    public static final class Cell {
        private final List<Paragraph> paragraphs = new ArrayList<>(List.of(new Paragraph()));
        private Integer width;
        private String shading;

        /** The cell's first paragraph, which every cell has. */
        public Paragraph paragraph() {
            return paragraphs.get(0);
        }

        public Paragraph addParagraph() {
            Paragraph p = new Paragraph();
            paragraphs.add(p);
            return p;
        }

        public List<Paragraph> paragraphs() {
            return Collections.unmodifiableList(paragraphs);
        }

        public Cell width(int twips) {
            width = twips;
            return this;
        }

        public Integer width() {
            return width;
        }

        /** A solid background, as RRGGBB. */
        public Cell shading(String rgb) {
            shading = rgb;
            return this;
        }

        public String shading() {
            return shading;
        }
    }

    Table(int rows, int columns) {
        this.columns = columns;
        for (int i = 0; i < rows; i++) {
            createRow();
        }
    }

    public Row createRow() {
        Row r = new Row(columns);
        rows.add(r);
        return r;
    }

    public Row row(int i) {
        return rows.get(i);
    }

    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    public Table noBorders() {
        borders = false;
        return this;
    }

    public boolean hasBorders() {
        return borders;
    }

    public Table width(int twips) {
        width = twips;
        return this;
    }

    public Integer width() {
        return width;
    }

    /** The columns' widths once, for the rows that give none of their own; a fixed layout. */
    public Table grid(int... twips) {
        grid = twips.clone();
        fixed = true;
        return this;
    }

    public int[] grid() {
        return grid == null ? null : grid.clone();
    }

    public boolean isFixed() {
        return fixed;
    }

    /** Left and right margins inside every cell. */
    public Table cellMargin(int twips) {
        cellMargin = twips;
        return this;
    }

    public Integer cellMargin() {
        return cellMargin;
    }
}
