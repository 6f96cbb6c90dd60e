package vn.atr.format.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the fillable workbook: an instructions sheet, one sheet per record kind with a header row,
 * drop-down lists for coded fields (from a hidden lists sheet, through defined names, so long lists
 * such as the 163 administrative units fit), date and whole-number validation. Streaming (SXSSF), so
 * the same writer can fill 100,000 rows for the benchmark without holding them.
 */
public final class XlsxWorkbookWriter {
    /** Rows below the header that carry the validations (a range costs the same however long). */
    static final int VALIDATED_ROWS = 100_000;
    private static final String MIN_DATE = "DATE(2000,1,1)";
    private static final String MAX_DATE = "DATE(2100,12,31)";

    /** The fixed texts of the workbook (Vietnamese, from the bundle, chosen by the caller). */
    public record Texts(String instructionsTitle, List<String> instructions, String listsTitle, String errorTitle) {
    }

    private XlsxWorkbookWriter() {
    }

    /**
     * Writes the workbook to {@code out}; the caller owns the file (the service writes through
     * {@code store.AtomicFiles}: temporary file beside the target, fsync, atomic move).
     *
     * @param rows data to fill in per sheet key (values: String, Number, LocalDate), may be empty
     */
    public static void write(OutputStream out, List<XlsxSheet> sheets, Texts texts,
                             Map<String, Iterator<List<Object>>> rows) throws IOException {
        // Shared strings, as Excel itself saves text, so a filled workbook is read back the way users' files are.
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, true);
        try {
            XlsxStyles styles = new XlsxStyles(wb);
            instructions(wb.createSheet(texts.instructionsTitle()), texts, styles);
            Sheet lists = wb.createSheet(texts.listsTitle());
            Map<String, String> listNames = lists(wb, lists, sheets, styles);
            for (XlsxSheet spec : sheets) {
                SXSSFSheet sheet = wb.createSheet(spec.title());
                header(sheet, spec, styles);
                validations(sheet, spec, listNames, texts.errorTitle());
                Iterator<List<Object>> data = rows.getOrDefault(spec.key(), java.util.Collections.emptyIterator());
                for (int r = 1; data.hasNext(); r++) {
                    fill(sheet.createRow(r), data.next(), spec, styles);
                }
            }
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            wb.setActiveSheet(0);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static void instructions(Sheet sheet, Texts texts, XlsxStyles styles) {
        sheet.setColumnWidth(0, 120 * 256);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(texts.instructionsTitle());
        title.getCell(0).setCellStyle(styles.title);
        int r = 2;
        for (String line : texts.instructions()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line);
            row.getCell(0).setCellStyle(styles.wrapped);
        }
    }

    /** One column per distinct list, named DS_key, so validations refer to a name and not to a range. */
    private static Map<String, String> lists(SXSSFWorkbook wb, Sheet lists, List<XlsxSheet> sheets, XlsxStyles styles) {
        Map<String, List<String>> byKey = new java.util.LinkedHashMap<>();
        Map<String, String> headers = new HashMap<>();
        for (XlsxSheet s : sheets) {
            for (XlsxColumn c : s.columns()) {
                if (c.hasList()) {
                    byKey.putIfAbsent(c.key(), c.choices());
                    headers.putIfAbsent(c.key(), c.header());
                }
            }
        }
        int longest = byKey.values().stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r <= longest; r++) {
            lists.createRow(r);
        }
        Map<String, String> names = new HashMap<>();
        int col = 0;
        for (Map.Entry<String, List<String>> e : byKey.entrySet()) {
            lists.getRow(0).createCell(col).setCellValue(headers.get(e.getKey()));
            lists.getRow(0).getCell(col).setCellStyle(styles.header);
            List<String> values = e.getValue();
            for (int i = 0; i < values.size(); i++) {
                lists.getRow(i + 1).createCell(col).setCellValue(values.get(i));
            }
            lists.setColumnWidth(col, 40 * 256);
            Name name = wb.createName();
            name.setNameName("DS_" + e.getKey());
            String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(col);
            name.setRefersToFormula("'" + lists.getSheetName() + "'!$" + letter + "$2:$" + letter + "$"
                    + (values.size() + 1));
            names.put(e.getKey(), name.getNameName());
            col++;
        }
        return names;
    }

    private static void header(SXSSFSheet sheet, XlsxSheet spec, XlsxStyles styles) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(32);
        for (int i = 0; i < spec.columns().size(); i++) {
            XlsxColumn c = spec.columns().get(i);
            row.createCell(i).setCellValue(c.header());
            row.getCell(i).setCellStyle(styles.header);
            sheet.setColumnWidth(i, c.width() * 256);
            sheet.setDefaultColumnStyle(i, styles.forKind(c.kind()));
        }
        sheet.createFreezePane(0, 1);
    }

    private static void validations(SXSSFSheet sheet, XlsxSheet spec, Map<String, String> listNames, String errorTitle) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < spec.columns().size(); i++) {
            XlsxColumn c = spec.columns().get(i);
            DataValidationConstraint constraint = switch (c.kind()) {
                case DATE -> helper.createDateConstraint(OperatorType.BETWEEN, MIN_DATE, MAX_DATE, "dd/mm/yyyy");
                case PAST_DATE -> helper.createDateConstraint(OperatorType.BETWEEN, MIN_DATE, "TODAY()", "dd/mm/yyyy");
                case WHOLE -> helper.createIntegerConstraint(OperatorType.BETWEEN, "0", "100000000000");
                case TEXT -> null;
                default -> c.hasList() ? helper.createFormulaListConstraint(listNames.get(c.key())) : null;
            };
            if (constraint == null) {
                continue;
            }
            DataValidation v = helper.createValidation(constraint,
                    new CellRangeAddressList(1, VALIDATED_ROWS, i, i));
            // Only a closed list stops the user; dates and numbers warn, so that "14/12/2023" or "1.200"
            // typed as text can still be kept (the import reads them) on a PC whose Excel reads dates otherwise.
            v.setErrorStyle(switch (c.kind()) {
                case CHOICE, YES_NO -> DataValidation.ErrorStyle.STOP;
                case MULTI_CHOICE, OPEN_CHOICE -> DataValidation.ErrorStyle.INFO;
                default -> DataValidation.ErrorStyle.WARNING;
            });
            v.setEmptyCellAllowed(true);
            v.setShowErrorBox(true);
            v.createErrorBox(errorTitle, truncate(c.hint(), 255));
            v.setShowPromptBox(true);
            v.createPromptBox(truncate(c.header(), 32), truncate(c.hint(), 255));
            sheet.addValidationData(v);
        }
    }

    private static void fill(Row row, List<Object> values, XlsxSheet spec, XlsxStyles styles) {
        for (int i = 0; i < values.size() && i < spec.columns().size(); i++) {
            Object v = values.get(i);
            if (v == null || (v instanceof String s && s.isEmpty())) {
                continue;
            }
            var cell = row.createCell(i);
            cell.setCellStyle(styles.forKind(spec.columns().get(i).kind()));
            if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(styles.date);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(v.toString());
            }
        }
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
