package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.format.AtomicFiles;
import vn.atr.format.DiskFault;
import vn.atr.store.StoreTestSupport;

/**
 * {@code atr report --docx --xlsx} builds the workbook on a second thread while the document is written (ADR
 * 0130): the workbook is the one {@code --xlsx} alone writes, a refused document leaves neither file, and a full
 * disk under the workbook fails as it did when the two were written in turn.
 */
class ReportBothFilesTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void store() {
        db = dir.resolve("atr.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
    }

    /** Every sheet's name and every cell as Excel shows it (formulas by their cached values), row by row. */
    private static List<String> cells(Path xlsx) throws Exception {
        List<String> all = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                var drawing = ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getDrawingPatriarch();
                all.add("# " + sheet.getSheetName() + " charts=" + (drawing == null ? 0 : drawing.getCharts().size()));
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder(row.getRowNum() + ":");
                    for (Cell cell : row) {
                        line.append(" | ").append(shown.formatCellValue(cell));
                    }
                    all.add(line.toString());
                }
            }
        }
        return all;
    }

    @Test
    void theWorkbookBuiltBesideTheDocumentIsTheWorkbookWrittenAlone() throws Exception {
        Path docx = dir.resolve("bc.docx");
        Path both = dir.resolve("both.xlsx");
        Path alone = dir.resolve("alone.xlsx");
        CliTest.Run run = atr("report", "--db", db, "--year", "2023", "--docx", docx.toString(), "--xlsx",
                both.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains(docx.toString(), both.toString());
        assertThat(atr("report", "--db", db, "--year", "2023", "--xlsx", alone.toString()).exit()).isZero();

        List<String> expected = cells(alone);
        assertThat(expected).as("a real workbook").hasSizeGreaterThan(20).anyMatch(l -> l.contains("charts=1"));
        assertThat(cells(both)).isEqualTo(expected);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).hasSizeGreaterThan(20);
            assertThat(doc.getAllPictures()).isNotEmpty();
        }
    }

    @Test
    void aRefusedDocumentLeavesNeitherFile() throws Exception {
        Path template = dir.resolve("mau.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(template)) {
            doc.createParagraph().createRun().setText("{{khong_co_truong_nay}}");
            doc.write(out);
        }
        Path docx = dir.resolve("refused.docx");
        Path xlsx = dir.resolve("refused.xlsx");
        String before = StoreTestSupport.digest(Path.of(db));

        CliTest.Run run = atr("report", "--db", db, "--year", "2023", "--docx", docx.toString(), "--xlsx",
                xlsx.toString(), "--template", template.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("{{khong_co_truong_nay}}");
        assertThat(docx).doesNotExist();
        assertThat(xlsx).doesNotExist();
        assertThat(StoreTestSupport.digest(Path.of(db))).as("no export recorded").isEqualTo(before);
    }

    @Test
    void aFullDiskUnderTheWorkbookKeepsItsPreviousFileAndNamesIt() throws Exception {
        Path docx = dir.resolve("bc-full.docx");
        Path folder = Files.createDirectories(dir.resolve("usb"));
        Path xlsx = folder.resolve("phu-luc.xlsx");
        byte[] previous = "bản trước".getBytes(StandardCharsets.UTF_8);
        Files.write(xlsx, previous);

        CliTest.Run run;
        try (AtomicFiles.Injection ignored = AtomicFiles.inject(DiskFault.fullAfter(folder, 4096))) {
            run = atr("report", "--db", db, "--year", "2023", "--docx", docx.toString(), "--xlsx", xlsx.toString());
        }

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("atr: Không ghi được tệp ")
                .contains("phu-luc.xlsx").contains("ổ đĩa đã đầy");
        assertThat(docx).as("the document came first, as before").exists();
        assertThat(Files.readAllBytes(xlsx)).isEqualTo(previous);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).as("no temporary file left").containsExactly(xlsx);
        }
    }

    @Test
    void theCommandIsFoundAsTheParserWillFindIt() {
        assertThat(EarlyStart.command("report", "--year", "2023")).isEqualTo("report");
        assertThat(EarlyStart.command("--db", "report", "summary")).as("a store file named report").isEqualTo("summary");
        assertThat(EarlyStart.command("--lang", "en", "report", "--docx", "x.docx")).isEqualTo("report");
        assertThat(EarlyStart.command("--db=a.db", "report")).isEqualTo("report");
        assertThat(EarlyStart.command("report", "--help")).as("help only").isNull();
        assertThat(EarlyStart.command("--version")).isNull();
        assertThat(EarlyStart.command("--db", "a.db")).as("the window").isNull();
        assertThat(EarlyStart.command()).isNull();
    }
}
