package vn.atr.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.service.Services;

/**
 * The workbook survives LibreOffice: after a figure is edited, a headless soffice that loads, recalculates
 * and saves it keeps the totals as formulas, with the updated values. Skipped where LibreOffice is not installed.
 */
class LibreOfficeRecalcTest {
    @TempDir
    Path dir;

    @Test
    void libreOfficeKeepsTheTotals() throws Exception {
        if (System.getenv("CI") != null) { // .ci/run installs it: a skip there would prove nothing
            org.assertj.core.api.Assertions.assertThat(Path.of("/usr/bin/soffice")).isExecutable();
        }
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice not installed");
        Path xlsx;
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportModel m = ReportFixture.model(s, ReportFixture.Y2023);
            xlsx = ReportFixture.xlsx(s, m, dir.resolve("pl.xlsx"), ReportOptions.DEFAULT);
        }
        // a compiler corrects one figure (outreach participants 10.215 -> 10.000) and saves without recalculating
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("Phụ lục I").getRow(5).getCell(3).setCellValue(10_000);
            try (var os = Files.newOutputStream(xlsx)) {
                wb.write(os);
            }
        }
        Path out = Files.createDirectory(dir.resolve("lo"));
        // LibreOffice trusts the cached values of .xlsx files by default; this profile makes it recalculate
        // every formula on load, as a compiler would with Data > Calculate > Recalculate Hard.
        Path user = Files.createDirectories(dir.resolve("profile/user"));
        Files.writeString(user.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" \
                oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """);
        Process p = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--convert-to", "xlsx", "--outdir", out.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish");
        assertThat(p.exitValue()).isZero();
        try (InputStream in = Files.newInputStream(out.resolve("pl.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet types = wb.getSheet("Phụ lục I");
            Row total = types.getRow(types.getLastRowNum());
            assertThat(total.getCell(3).getCellFormula()).startsWith("SUM(");
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(10_118.0);
            Sheet support = wb.getSheet("Phụ lục VII");
            assertThat(support.getRow(support.getLastRowNum()).getCell(3).getNumericCellValue()).isEqualTo(14_300_000.0);
        }
    }
}
