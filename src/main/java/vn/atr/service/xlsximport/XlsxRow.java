package vn.atr.service.xlsximport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.atr.domain.Messages;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.domain.VnFormats;
import vn.atr.format.xlsx.XlsxCell;
import vn.atr.format.xlsx.XlsxColumn;
import vn.atr.format.xlsx.XlsxSheet;

/**
 * One data row of an imported sheet, its cells found by column key. Each reader method returns the
 * value or, when the cell is wrong, records a problem naming sheet, row, column and reason and
 * returns a neutral value, so that every bad cell of the row is reported, not only the first.
 */
final class XlsxRow {
    private final XlsxSheet sheet;
    private final int number;
    private final Map<String, XlsxCell> cells;
    private final XlsxLayout layout;
    private final List<XlsxProblem> problems;
    private final Set<String> badColumns = new HashSet<>();
    private boolean badRow;
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[;\\n]");

    XlsxRow(XlsxSheet sheet, int number, Map<String, XlsxCell> cells, XlsxLayout layout, List<XlsxProblem> problems) {
        this.sheet = sheet;
        this.number = number;
        this.cells = cells;
        this.layout = layout;
        this.problems = problems;
    }

    boolean has(String key) {
        return cells.containsKey(key);
    }

    /** The row's cells as typed, in no order (what it holds whatever its columns mean). */
    java.util.Collection<XlsxCell> cells() {
        return cells.values();
    }

    int number() {
        return number;
    }

    String sheetTitle() {
        return sheet.title();
    }

    boolean ok() {
        return badColumns.isEmpty() && !badRow;
    }

    /** Trimmed text, null when blank; errors, uncomputed formulas and "=..." text are refused. */
    String text(String key) {
        XlsxCell c = cells.get(key);
        if (c == null) {
            return null;
        }
        switch (c.type()) {
            case ERROR -> {
                problem(key, Messages.get("xlsx.errorValue", c.text()));
                return null;
            }
            case FORMULA_WITHOUT_VALUE -> {
                problem(key, Messages.get("xlsx.formulaWithoutValue"));
                return null;
            }
            default -> { }
        }
        String t = c.text().strip();
        if (vn.atr.domain.Text.looksLegacyEncoded(t)) { // stored so, it would read as garbage and never match again
            problem(key, Messages.get("xlsx.legacyEncoding", t));
            return null;
        }
        if (t.startsWith("=")) {
            // A formula kept as text: never a value, and stored it could become a formula in a later export.
            problem(key, Messages.get("xlsx.formulaText", t));
            return null;
        }
        return t.isEmpty() ? null : t;
    }

    String required(String key) {
        String t = text(key);
        if (t == null) {
            missing(key);
        }
        return t;
    }

    LocalDate date(String key) {
        String t = text(key);
        if (t == null) {
            return null;
        }
        if (cells.get(key).type() == XlsxCell.Type.DATE) {
            // An Excel date, already formatted dd/MM/yyyy by the reader from a real day.
            return LocalDate.of(Integer.parseInt(t.substring(6)), Integer.parseInt(t.substring(3, 5)),
                    Integer.parseInt(t.substring(0, 2)));
        }
        try {
            return VnFormats.parseDate(t);
        } catch (ValidationException e) {
            problem(key, serialDay(key, t).map(day -> Messages.get("xlsx.dateAsNumber", t, VnFormats.date(day)))
                    .orElseGet(() -> reason(e)));
            return null;
        }
    }

    /**
     * The day a whole number in a date column stands for when it is an Excel date that lost its format (46100 is
     * 17/03/2026): named in the refusal, not taken, since the officer sees the number and not the day.
     */
    private java.util.Optional<LocalDate> serialDay(String key, String t) {
        if (cells.get(key).type() != XlsxCell.Type.NUMBER || !t.matches("\\d{5}")) {
            return java.util.Optional.empty();
        }
        LocalDate day = LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(t));
        return day.getYear() >= 2000 && day.getYear() <= 2100 ? java.util.Optional.of(day) : java.util.Optional.empty();
    }

    /** A whole number, blank as 0; "1.200" and "1 200" read as 1200, decimals and other text refused. */
    long whole(String key) {
        Long v = optWhole(key);
        return v == null ? 0 : v;
    }

    Long optWhole(String key) {
        String t = text(key);
        if (t == null) {
            return null;
        }
        XlsxCell c = cells.get(key);
        if (c.type() == XlsxCell.Type.NUMBER && t.indexOf('.') < 0 && t.length() < 18) {
            return Long.parseLong(t); // a plain number cell: digits only, no separators to interpret
        }
        try {
            return VnFormats.parseNumber(t);
        } catch (ValidationException e) {
            problem(key, reason(e));
            return null;
        }
    }

    /** The code of a listed value; an unknown value is explained with the list it must come from. */
    String code(String key) {
        String t = text(key);
        return t == null ? null : code(key, t);
    }

    private String code(String key, String t) {
        ChoiceList list = layout.list(key);
        Optional<String> code = list.code(t);
        if (code.isEmpty()) {
            List<String> either = list.sameShortName(t);
            if (!either.isEmpty()) {
                problem(key, Messages.get("xlsx.sameShortName", t, String.join("; ", either)));
                return null;
            }
            boolean catalogue = key.equals("typeCode") || key.equals("metricType");
            problem(key, catalogue ? Messages.get("xlsx.unknownIndicator", t, list.describe())
                    : key.equals("partnerOrgs") ? Messages.get("xlsx.unknownPartner", t, list.describe())
                    : Messages.get("xlsx.unknownCode", t, list.describe()));
            return null;
        }
        return code.get();
    }

    <E extends Enum<E>> E choice(String key, Class<E> type) {
        String code = code(key);
        return code == null ? null : Enum.valueOf(type, code);
    }

    /** Several listed values separated by ";" (a label may itself contain a comma). */
    List<String> codes(String key) {
        String t = text(key);
        List<String> codes = new ArrayList<>();
        if (t != null) {
            // Most cells hold one label: no pattern run for them.
            String[] parts = t.indexOf(';') < 0 && t.indexOf('\n') < 0 ? new String[] {t} : SEPARATORS.split(t);
            ChoiceList list = layout.list(key);
            for (String part : parts) {
                if (part.isBlank()) {
                    continue;
                }
                // "ma tuy, mai dam": separated by commas as staff write lists, read when each piece is listed (a
                // label that itself holds a comma is found whole first)
                List<String> pieces = List.of(part.strip());
                if (part.indexOf(',') >= 0 && list.code(part.strip()).isEmpty()) {
                    List<String> split = java.util.Arrays.stream(part.split(",")).map(String::strip)
                            .filter(x -> !x.isEmpty()).toList();
                    if (split.stream().allMatch(x -> list.code(x).isPresent())) {
                        pieces = split;
                    }
                }
                for (String piece : pieces) {
                    String code = code(key, piece);
                    if (code != null && !codes.contains(code)) {
                        codes.add(code);
                    }
                }
            }
        }
        return codes;
    }

    <E extends Enum<E>> Set<E> choices(String key, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        codes(key).forEach(c -> set.add(Enum.valueOf(type, c)));
        return set;
    }

    /** A listed value's code, or the text as typed when it is not in the list (lead organisation). */
    String codeOrText(String key) {
        String t = text(key);
        return t == null ? null : layout.list(key).code(t).orElse(t);
    }

    boolean yesNo(String key) {
        String t = text(key);
        if (t == null) {
            return false;
        }
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("x")) {
            return true;
        }
        return "1".equals(code(key, t.equalsIgnoreCase("false") ? "0" : t));
    }

    void missing(String key) {
        problem(key, Messages.get("validation.required"));
    }

    /** A problem of one cell; only the first reason per cell is kept (one bad date is one problem). */
    void problem(String key, String reason) {
        if (badColumns.add(key)) {
            problems.add(new XlsxProblem(sheet.title(), number, header(key), reason));
        }
    }

    /** A problem of the row as a whole (no single column to blame). */
    void rowProblem(String reason) {
        badRow = true;
        problems.add(new XlsxProblem(sheet.title(), number, null, reason));
    }

    /** The domain validator's verdict, each violation on the column of its field when the sheet has one. */
    void violations(List<Violation> violations) {
        for (Violation v : violations) {
            boolean onColumn = sheet.columns().stream().anyMatch(c -> c.key().equals(v.field()));
            if (onColumn) {
                problem(v.field(), v.reason());
            } else {
                rowProblem(v.message());
            }
        }
    }

    String header(String key) {
        return sheet.columns().stream().filter(c -> c.key().equals(key)).findFirst().map(XlsxColumn::header)
                .map(h -> h.endsWith(" *") ? h.substring(0, h.length() - 2) : h).orElse(key);
    }

    private static String reason(ValidationException e) {
        Violation v = e.violations().get(0);
        return v.reason();
    }
}
