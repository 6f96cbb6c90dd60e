package vn.atr.service.xlsximport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.service.xlsximport.XlsxFixture.header;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.Organisation;
import vn.atr.service.Services;

/**
 * The bodies merged away or ended in 2025 are no longer offered for new records (the forms' and the workbook's
 * lists), the bodies that took their place are; a workbook of 2024's work that names a former body still reads.
 */
class OrganisationsAfter2025Test {
    private static final String LABOUR = "Sở Lao động - Thương binh và Xã hội";

    @TempDir
    Path dir;

    @Test
    void formerBodiesAreNotOfferedButStillReadAndTheNewOnesAre() throws Exception {
        try (Services s = Services.open(dir.resolve("a.db"))) {
            Map<String, Organisation> byCode = new LinkedHashMap<>();
            s.reference().organisations().forEach(o -> byCode.put(o.code(), o));
            assertThat(byCode.get("SLDTBXH").active()).isFalse();
            assertThat(byCode.get("PLDTBXH").active()).isFalse();
            assertThat(byCode.get("UBND_QH").active()).isFalse();
            assertThat(byCode.get("SNV").name()).isEqualTo("Sở Nội vụ");
            assertThat(byCode.get("UBND_XA").active()).isTrue();

            Path template = dir.resolve("mau.xlsx");
            s.xlsx().writeTemplate(template);
            StringBuilder lists = new StringBuilder();
            try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Row r : wb.getSheet("Danh mục")) {
                    for (Cell c : r) {
                        lists.append(c.toString()).append('|');
                    }
                }
            }
            assertThat(lists).contains("|Sở Nội vụ|", "|Sở Y tế|").doesNotContain(LABOUR);

            Map<String, Object> row = XlsxFixture.outreachRow("04", "12/03/2024", 80);
            row.put(header("partnerOrgs"), LABOUR);
            Path workbook = dir.resolve("2024.xlsx");
            XlsxFixture.fill(template, workbook, Map.of("Hoạt động", List.of(row)));
            XlsxImportResult imported = s.xlsx().importFile(workbook, false, false);
            assertThat(imported.problems()).isEmpty();
            assertThat(s.repositories().activities().listActive()).singleElement().extracting(Activity::partnerOrgs)
                    .isEqualTo(List.of("SLDTBXH"));
        }
    }
}
