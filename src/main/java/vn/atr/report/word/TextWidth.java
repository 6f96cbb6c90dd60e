package vn.atr.report.word;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.List;
import java.util.Set;

/**
 * Widths of text in the report's font with real font metrics: Times New Roman where installed, else
 * Liberation Serif, which has the same advance widths. Used to break header lines where Word and
 * LibreOffice would otherwise wrap inside a name.
 */
final class TextWidth {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final String FAMILY = pickFamily();

    private TextWidth() {
    }

    /** The width of {@code s} in points, set in the report font at {@code sizePt}. */
    static double points(String s, int sizePt, boolean bold) {
        Font font = new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, sizePt);
        return font.getStringBounds(s, FRC).getWidth();
    }

    static String family() {
        return FAMILY;
    }

    private static String pickFamily() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());
        return List.of(Docx.FONT, "Liberation Serif").stream().filter(installed::contains).findFirst()
                .orElse(Font.SERIF);
    }
}
