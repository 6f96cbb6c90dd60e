package vn.atr.report.ooxml;

/**
 * A run of text with its own formatting (what its paragraph's style does not say: a size, bold, italic, a
 * highlight), or a picture. A line break in the text is written as a break.
 */
public final class Run {
    private String text = "";
    private Integer size;
    private boolean bold;
    private boolean italic;
    private String highlight;
    private Picture picture;

    /** A PNG image placed inline, its size in EMU. */
    public record Picture(byte[] png, long widthEmu, long heightEmu, String name) {
    }

    Run() {
    }

    public Run text(String s) {
        text = s == null ? "" : s;
        return this;
    }

    public String text() {
        return text;
    }

    /** Font size in points. */
    public Run size(int points) {
        size = points;
        return this;
    }

    public Integer size() {
        return size;
    }

    public Run bold() {
        bold = true;
        return this;
    }

    public boolean isBold() {
        return bold;
    }

    public Run italic() {
        italic = true;
        return this;
    }

    public boolean isItalic() {
        return italic;
    }

    /** A highlight colour by its WordprocessingML name ("yellow"). */
    public Run highlight(String colour) {
        highlight = colour;
        return this;
    }

    public String highlight() {
        return highlight;
    }

    public Run picture(Picture p) {
        picture = p;
        return this;
    }

    public Picture picture() {
        return picture;
    }
}
