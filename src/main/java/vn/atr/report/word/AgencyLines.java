package vn.atr.report.word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.atr.report.ReportText;

/**
 * An agency's name in the header's left cell, broken into lines only between groups of words that
 * belong together: after "ỦY BAN NHÂN DÂN", before "VÀ ...", before the place ("TỈNH ...",
 * "THÀNH PHỐ ...") and so on (the lists are adaptable text, {@code header.breakAfter} and
 * {@code header.breakBefore}). Vietnamese writes one syllable per word, so a break left to Word
 * may fall inside a name ("THÀNH / PHỐ"); each line here is measured with the font's metrics and
 * the longest run of whole groups that fits goes on one line.
 */
final class AgencyLines {
    /** Word's and LibreOffice's default cell margin, left and right, in twips. */
    static final int CELL_MARGIN = 108;
    private final List<String> breakAfter;
    private final List<String> breakBefore;

    AgencyLines(ReportText text) {
        this.breakAfter = words(text.get("header.breakAfter"));
        this.breakBefore = words(text.get("header.breakBefore"));
    }

    private static List<String> words(String list) {
        return Arrays.stream(list.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The text width of a cell {@code cellTwips} wide, in points. */
    static double usable(int cellTwips) {
        return (cellTwips - 2.0 * CELL_MARGIN) / 20.0;
    }

    /** {@code name} (already in capitals) as the lines to print in a cell {@code cellTwips} wide. */
    List<String> lines(String name, int cellTwips, int sizePt, boolean bold) {
        String[] words = name.strip().split("\\s+");
        double width = usable(cellTwips);
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < words.length) {
            if (fits(words, start, words.length, width, sizePt, bold)) {
                lines.add(join(words, start, words.length));
                break;
            }
            int end = lastFittingBreak(words, start, width, sizePt, bold);
            lines.add(join(words, start, end));
            start = end;
        }
        return lines;
    }

    /** The last break point whose line fits; else the first break point (that line will wrap); else the end. */
    private int lastFittingBreak(String[] words, int start, double width, int size, boolean bold) {
        int first = -1;
        int best = -1;
        for (int k = start + 1; k < words.length; k++) {
            if (!breakAllowed(words, k)) {
                continue;
            }
            if (first < 0) {
                first = k;
            }
            if (fits(words, start, k, width, size, bold)) {
                best = k;
            }
        }
        return best > 0 ? best : first > 0 ? first : words.length;
    }

    /** A break between {@code words[k - 1]} and {@code words[k]}. */
    boolean breakAllowed(String[] words, int k) {
        String before = join(words, 0, k);
        String after = join(words, k, words.length);
        return breakAfter.stream().anyMatch(w -> before.endsWith(w) && (w.length() == 1 || boundary(before, w)))
                || breakBefore.stream().anyMatch(w -> after.equals(w) || after.startsWith(w + " "));
    }

    private static boolean boundary(String before, String w) {
        return before.length() == w.length() || before.charAt(before.length() - w.length() - 1) == ' ';
    }

    private static boolean fits(String[] words, int from, int to, double width, int size, boolean bold) {
        return TextWidth.points(join(words, from, to), size, bold) <= width;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", Arrays.asList(words).subList(from, to));
    }
}
