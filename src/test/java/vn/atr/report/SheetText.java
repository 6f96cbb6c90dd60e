package vn.atr.report;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an appendix workbook back for assertions. */
public final class SheetText {
    private SheetText() {
    }

    /** The sheet that has a cell {@code marker}: one line per row, the label and its figures after "|". */
    public static String of(Path file, String marker) throws Exception {
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                StringBuilder text = new StringBuilder();
                for (org.apache.poi.ss.usermodel.Row r : sheet) {
                    if (r.getCell(1) == null) {
                        continue;
                    }
                    text.append(format.formatCellValue(r.getCell(1)));
                    for (int c = 2; c < r.getLastCellNum(); c++) {
                        String v = format.formatCellValue(r.getCell(c));
                        text.append(v.isEmpty() ? "" : "|" + v);
                    }
                    text.append('\n');
                }
                if (text.toString().contains(marker)) {
                    return text.toString();
                }
            }
        }
        throw new AssertionError("no sheet with " + marker);
    }
}
