package vn.atr.service.xlsximport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.service.xlsximport.XlsxFixture.header;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Tally;
import vn.atr.domain.Text;
import vn.atr.domain.Victim;
import vn.atr.domain.catalog.IndicatorFigure;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.service.Services;
import vn.atr.service.catalog.NewIndicator;

/**
 * The workbook follows the catalogue (an entry added today is in the template's drop-down and takes
 * rows; an unknown name says how to add it), and text typed composed or decomposed, in another case
 * or with spaces is one victim and one report row.
 */
class XlsxCatalogueAndTextTest {
    @TempDir
    Path dir;

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    private static boolean workbookHasText(Path book, String text) throws Exception {
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static Map<String, Object> activity(String type, String date, long quantity) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(header("unitCode"), "04");
        m.put(header("typeCode"), type);
        m.put(header("startDate"), date);
        m.put(header("title"), "Phát sổ tay tuyên truyền");
        m.put(header("quantity"), quantity);
        return m;
    }

    @Test
    void anEntryAddedToTheCatalogueIsInTheTemplateAndTakesRowsAndAnUnknownNameSaysHowToAddIt() throws Exception {
        Path db = dir.resolve("c.db");
        Path template = dir.resolve("mau.xlsx");
        try (Services s = Services.open(db)) {
            s.catalog().add(NewIndicator.of(IndicatorKind.ACTIVITY, "Sổ tay", "cuốn"));
            s.xlsx().writeTemplate(template);
        }
        assertThat(workbookHasText(template, "Sổ tay")).as("the drop-down list names the new entry").isTrue();

        Path book = dir.resolve("so-tay.xlsx");
        XlsxFixture.fill(template, book, Map.of("Hoạt động", List.of(
                activity(nfd("sổ tay "), "10/03/2024", 500),
                activity("Sổ tay", "11/04/2024", 300),
                activity("Họp dân", "12/04/2024", 1))));
        try (Services s = Services.open(db)) {
            XlsxImportResult r = s.xlsx().importFile(book, false, true);
            assertThat(r.imported()).isEqualTo(2);
            assertThat(r.problems()).extracting(XlsxProblem::message).singleElement().asString()
                    .contains("dòng 4").contains("\"Họp dân\" không có trong danh mục chỉ số")
                    .contains("atr catalog add --kind activity --name \"Họp dân\"");
            IndicatorFigure soTay = s.summary().indicators(ReportPeriod.ofYear(2024), Optional.empty()).stream()
                    .filter(f -> f.code().equals("SO_TAY")).findFirst().orElseThrow();
            assertThat(soTay.activities()).isEqualTo(2);
            assertThat(soTay.quantity()).isEqualTo(800);
            assertThat(soTay.unit()).isEqualTo("cuốn");
        }
    }

    private static Map<String, Object> trafficking(String code) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(header("unitCode"), "311");
        m.put(header("caseCode"), code);
        m.put(header("detectionDate"), "14/03/2023");
        m.put(header("detectingAgency"), "Công an");
        m.put(header("scope"), "Trong nước");
        m.put(header("status"), "Đang điều tra");
        return m;
    }

    private static Map<String, Object> victim(String caseCode, String code, String ethnicity, int birthYear) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(header("unitCode"), "311");
        m.put(header("caseCode"), caseCode);
        m.put(header("victimCode"), code);
        m.put(header("sex"), "nữ");
        m.put(header("birthYear"), birthYear);
        m.put(header("ethnicity"), ethnicity);
        m.put(header("traffickedWithinVietnam"), "Có");
        m.put(header("residenceProvinceCode"), "Hải Phòng");
        m.put(header("legalStatus"), "Nạn nhân");
        return m;
    }

    @Test
    void codesAndEthnicityTypedEitherWayAreOneVictimAndOneReportRow() throws Exception {
        Path db = dir.resolve("t.db");
        Path template = dir.resolve("mau.xlsx");
        try (Services s = Services.open(db)) {
            s.xlsx().writeTemplate(template);
        }
        Path first = dir.resolve("lan-1.xlsx");
        XlsxFixture.fill(template, first, Map.of(
                "Vụ việc", List.of(trafficking("TN-Mường-01")),
                "Nạn nhân", List.of(victim("TN-Mường-01", "NN-Mường-01", "Mường", 1999))));
        Path second = dir.resolve("lan-2.xlsx");
        XlsxFixture.fill(template, second, Map.of(
                "Nạn nhân", List.of(
                        victim(nfd(" tn-mường-01"), nfd("nn-mường-01 "), nfd("Mường"), 2001),
                        victim(nfd("TN-MƯỜNG-01"), "NN-Mường-02", nfd("mường"), 2003))));
        try (Services s = Services.open(db)) {
            assertThat(s.xlsx().importFile(first, false, false).imported()).isEqualTo(2);
            XlsxImportResult again = s.xlsx().importFile(second, false, false);
            assertThat(again.problems()).isEmpty();
            assertThat(again.updated()).as("the decomposed lower-case code is the stored victim").isEqualTo(1);
            assertThat(again.added()).isEqualTo(1);

            List<Victim> victims = s.repositories().victims().listActive();
            assertThat(victims).hasSize(2);
            assertThat(victims).extracting(v -> Text.key(v.victimCode()))
                    .containsExactlyInAnyOrder(Text.key("NN-Mường-01"), Text.key("NN-Mường-02"));
            assertThat(victims).allSatisfy(v -> assertThat(Normalizer.isNormalized(v.victimCode(), Normalizer.Form.NFC))
                    .isTrue());
            assertThat(victims).allSatisfy(v -> assertThat(Normalizer.isNormalized(v.ethnicity(), Normalizer.Form.NFC))
                    .isTrue());
            assertThat(victims).filteredOn(v -> Text.same(v.victimCode(), "NN-Mường-01")).singleElement()
                    .satisfies(v -> assertThat(v.birthYear()).isEqualTo(2001));

            List<Tally> ethnicity = s.report().build(ReportPeriod.ofYear(2023), Optional.empty()).current()
                    .victimsByEthnicity();
            assertThat(ethnicity).singleElement().satisfies(t -> {
                assertThat(t.count()).isEqualTo(2);
                assertThat(Text.same(t.label(), "Mường")).isTrue();
            });
        }
    }
}
