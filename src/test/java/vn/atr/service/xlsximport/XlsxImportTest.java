package vn.atr.service.xlsximport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atr.service.xlsximport.XlsxFixture.header;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ActivityType;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.format.sample.SampleDataset;
import vn.atr.format.sample.SampleReader;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;

/** The Excel template and import with real .xlsx files and real stores. */
class XlsxImportTest implements vn.atr.store.EngineUnderTest {
    private static final ReportPeriod Y2023 = ReportPeriod.ofYear(2023);

    @TempDir
    Path dir;

    private Path template() {
        Path t = dir.resolve("mau.xlsx");
        try (Services s = Services.open(store(dir.resolve("template.db")))) {
            s.xlsx().writeTemplate(t);
        }
        return t;
    }

    @Test
    void templateHasSheetsHeadersListsAndValidations() throws Exception {
        Path t = template();
        try (InputStream in = Files.newInputStream(t); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Hướng dẫn");
            assertThat(wb.getSheet("Hướng dẫn").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Hướng dẫn");
            for (String name : List.of("Hoạt động", "Chỉ số", "Vụ việc", "Nạn nhân", "Hỗ trợ")) {
                assertThat(wb.getSheet(name)).as(name).isNotNull();
            }
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Danh mục"))).isTrue();
            XSSFSheet activities = wb.getSheet("Hoạt động");
            assertThat(XlsxFixture.columns(activities.getRow(0)).keySet()).contains("Đơn vị", "Loại hoạt động",
                    "Ngày bắt đầu", "Số lượt người tham dự");
            assertThat(activities.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị *");
            Map<Integer, DataValidationConstraint> byColumn = activities.getDataValidations().stream().collect(
                    Collectors.toMap(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(),
                            DataValidation::getValidationConstraint));
            Map<String, Integer> cols = XlsxFixture.columns(activities.getRow(0));
            assertThat(byColumn.get(cols.get("Loại hoạt động")).getFormula1()).isEqualTo("DS_typeCode");
            assertThat(byColumn.get(cols.get("Ngày bắt đầu")).getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.DATE);
            assertThat(byColumn.get(cols.get("Ngày bắt đầu")).getFormula2()).as("the day it happened: not after today")
                    .isEqualTo("TODAY()");
            assertThat(byColumn.get(cols.get("Ngày kết thúc")).getFormula2()).as("an end may be later")
                    .isEqualTo("DATE(2100,12,31)");
            assertThat(byColumn.get(cols.get("Số lượt người tham dự")).getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
            assertThat(wb.getName("DS_typeCode").getRefersToFormula()).isEqualTo("'Danh mục'!$B$2:$B$13");
            Sheet lists = wb.getSheet("Danh mục");
            List<String> types = new java.util.ArrayList<>();
            for (int r = 1; r <= 10; r++) {
                types.add(lists.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(types).contains("Lớp tập huấn", "Buổi tuyên truyền", "Tờ rơi, tài liệu");
            Map<Integer, DataValidationConstraint> victims = wb.getSheet("Nạn nhân").getDataValidations().stream()
                    .collect(Collectors.toMap(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(),
                            DataValidation::getValidationConstraint));
            assertThat(victims.get(XlsxFixture.columns(wb.getSheet("Nạn nhân").getRow(0)).get("Giới tính"))
                    .getFormula1()).isEqualTo("DS_sex");
        }
    }

    @Test
    void templateFilledWithTheSampleImportsToTheSampleSummary() throws Exception {
        Summary expected;
        Map<String, String> typeNames;
        try (Services s = Services.open(store(dir.resolve("sample.db")))) {
            s.sample().loadHaiPhong2023();
            expected = s.summary().summary(Y2023, Optional.empty());
            typeNames = s.repositories().reference().activityTypes().stream()
                    .collect(Collectors.toMap(ActivityType::code, ActivityType::nameVi));
        }
        SampleDataset data = SampleReader.builtIn();
        Path filled = dir.resolve("haiphong-2023.xlsx");
        XlsxFixture.fill(template(), filled, XlsxFixture.sampleRows(data, typeNames));

        try (Services s = Services.open(store(dir.resolve("fresh.db")))) {
            XlsxImportResult r = s.xlsx().importFile(filled, false, false);
            assertThat(r.problems()).isEmpty();
            assertThat(r.written()).isTrue();
            assertThat(r.imported()).isEqualTo(data.size() - data.documents().size()); // documents have no sheet
            assertThat(s.summary().summary(Y2023, Optional.empty())).isEqualTo(expected);
            assertThat(s.repositories().activities().listActive()).allSatisfy(a -> {
                assertThat(a.meta().updatedBy()).isEqualTo("local");
                assertThat(data.activities().stream().noneMatch(x -> x.meta().id().equals(a.meta().id()))).isTrue();
            });
        }
        Path db = dir.resolve("fresh.db");
        assertThat(StoreTestSupport.count(db, "SELECT count(*) FROM audit_log WHERE action = 'import.xlsx'")).isEqualTo(1);
        String digest = StoreTestSupport.digest(db);
        try (Services s = Services.open(store(db))) {
            XlsxImportResult again = s.xlsx().importFile(filled, false, false);
            // Said first, though the file's hash is now taken while the reader thread starts (ADR 0175).
            assertThat(again.warnings().get(0)).contains("đã được nhập trước đây");
            assertThat(again.written()).isFalse();
            assertThat(again.unchanged()).isEqualTo(data.size() - data.documents().size());
            assertThat(again.added() + again.updated()).isZero();
        }
        assertThat(StoreTestSupport.digest(db)).isEqualTo(digest);
    }

    /** A ward's own partner not in the list is refused saying how it gets there. */
    @Test
    void anUnlistedPartnerSaysHowToAddIt() throws Exception {
        Path book = dir.resolve("partner.xlsx");
        Map<String, Object> row = activity("Buổi tuyên truyền", "14/12/2023", 10);
        row.put(header("partnerOrgs"), "Công an phường");
        XlsxFixture.fill(template(), book, Map.of("Hoạt động", List.of(row)));
        try (Services s = Services.open(store(dir.resolve("p.db")))) {
            XlsxImportResult r = s.xlsx().importFile(book, false, false);
            assertThat(r.problems()).singleElement().extracting(XlsxProblem::message).asString()
                    .startsWith("Hoạt động, dòng 2, cột Đơn vị phối hợp: \"Công an phường\" không có trong danh sách cơ quan, tổ chức (")
                    .contains("quản trị viên thêm vào màn hình Danh mục, thẻ Cơ quan, tổ chức");
        }
    }

    @Test
    void badCellsAreEachReportedAndTheStoreIsUnchanged() throws Exception {
        Path bad = dir.resolve("bad.xlsx");
        XlsxFixture.fill(template(), bad, Map.of("Hoạt động", List.of(
                activity("Buổi tuyên truyền", "31/11/2023", 10),
                activity("Buổi tuyên truyền", "29/02/2023", 10),
                activity("Buổi tuyên truyền", "14/12/2023", -5),
                activity("Họp dân", "14/12/2023", 10),
                activity("Buổi tuyên truyền", "14/12/2023", "nhiều"),
                activity("Buổi tuyên truyền", 45_274, 10))));
        try (InputStream in = Files.newInputStream(bad); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Hoạt động");
            int column = XlsxFixture.columns(sheet.getRow(0)).get(header("startDate"));
            sheet.getRow(6).getCell(column).setCellStyle(wb.createCellStyle()); // a date cell that lost its format
            try (OutputStream os = Files.newOutputStream(bad)) {
                wb.write(os);
            }
        }
        Path db = dir.resolve("store.db");
        try (Services s = Services.open(store(db))) {
            s.sample().loadHaiPhong2023();
        }
        String before = StoreTestSupport.recordsDigest(db);
        XlsxImportResult r;
        try (Services s = Services.open(store(db))) {
            r = s.xlsx().importFile(bad, false, false);
        }
        List<String> messages = r.problems().stream().map(XlsxProblem::message).toList();
        assertThat(messages).containsExactly(
                "Hoạt động, dòng 2, cột Ngày bắt đầu: 31/11/2023 không tồn tại: tháng 11/2023 không có ngày 31",
                "Hoạt động, dòng 3, cột Ngày bắt đầu: 29/02/2023 không tồn tại: tháng 2/2023 không có ngày 29",
                "Hoạt động, dòng 4, cột Số lượt người tham dự: không được là số âm (-5)",
                "Hoạt động, dòng 5, cột Loại hoạt động: \"Họp dân\" không có trong danh mục chỉ số (Lớp tập huấn; Buổi"
                        + " tuyên truyền; Hội nghị, hội thảo; Tuyên truyền trên hệ thống truyền thanh; Tờ rơi, tài liệu;"
                        + " Băng rôn, khẩu hiệu; Tin bài; Văn bản pháp luật đăng tải; Tin trên trang thông tin điện tử;"
                        + " Hoạt động khác; Kiểm tra, giám sát; Hoạt động hợp tác quốc tế); để dùng, quản trị viên hoặc cán bộ tổng hợp thêm vào danh mục (màn hình"
                        + " Danh mục chỉ số, hoặc atr catalog add --kind activity --name \"Họp dân\" --unit ĐƠN_VỊ),"
                        + " rồi tải lại mẫu Excel",
                "Hoạt động, dòng 6, cột Số lượt người tham dự: không phải là số nguyên: \"nhiều\" (viết các chữ số, hàng nghìn ngăn cách bằng dấu chấm: 2.000.000)",
                "Hoạt động, dòng 7, cột Ngày bắt đầu: không đọc được \"45274\" là ngày: đó là cách Excel lưu ngày 14/12/2023"
                        + " khi ô mất định dạng ngày; hãy định dạng ô thành Ngày (dd/mm/yyyy) hoặc gõ lại ngày");
        assertThat(r.written()).isFalse();
        assertThat(StoreTestSupport.recordsDigest(db)).isEqualTo(before);
        // The refusal is audited: who, which file, its SHA-256, why.
        assertThat(StoreTestSupport.text(db, "SELECT user_name || ' ' || record_kind || ' ' || record_id || ' '"
                + " || detail FROM audit_log WHERE action = 'import.refused'")).isEqualTo("local workbook bad.xlsx sha256 "
                + vn.atr.security.Sha256.hex(bad) + ", 6 invalid cells, nothing written; first: "
                + messages.get(0));
    }

    @Test
    void aWriteThatFailsIsRolledBackAndItsRefusalStillAudited() throws Exception {
        Path book = dir.resolve("rollback.xlsx");
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        rows.put("Hoạt động", List.of(activity("Buổi tuyên truyền", "01/06/2023", 40)));
        rows.put("Vụ việc", List.of(new LinkedHashMap<>(Map.of(header("unitCode"), "311", header("caseCode"), "HP-R",
                header("detectionDate"), "14/03/2023", header("detectingAgency"), "Công an",
                header("scope"), "Trong nước", header("status"), "Đang điều tra"))));
        XlsxFixture.fill(template(), book, rows);
        // The activities are written first; the cases then fail (as a full disk would), inside the same transaction.
        Path db = sampleStoreFailingOn("rollback.db", "trafficking_case");
        String before = StoreTestSupport.recordsDigest(db);
        try (Services s = Services.open(store(db))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.xlsx().importFile(book, false, false))
                    .isInstanceOf(vn.atr.domain.AtrException.class).hasMessageContaining("ổ đĩa đầy");
        }
        assertThat(StoreTestSupport.recordsDigest(db)).isEqualTo(before);
        assertThat(StoreTestSupport.text(db, "SELECT detail FROM audit_log WHERE action = 'import.refused'"))
                .startsWith("sha256 " + vn.atr.security.Sha256.hex(book) + ", ").contains("ổ đĩa đầy");
        assertThat(StoreTestSupport.count(db, "SELECT count(*) FROM audit_log WHERE action = 'import.xlsx'")).isZero();
    }

    /** 2,500 new sessions over the 2023 report year, the one at {@code badIndex} (if any) with a negative count. */
    private Path manyActivities(String name, int badIndex) throws Exception {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            Map<String, Object> a = activity("Buổi tuyên truyền",
                    vn.atr.domain.VnFormats.date(Y2023.from().plusDays(i % 365)), i == badIndex ? -5 : 10);
            a.put(header("title"), "Tuyên truyền lưu động số " + i); // no stored session has this title: all new
            rows.add(a);
        }
        Path book = dir.resolve(name);
        XlsxFixture.fill(template(), book, Map.of("Hoạt động", rows));
        return book;
    }

    @Test
    void aBadRowAfterBatchesWereWrittenWhileReadingStillRefusesTheWholeWorkbook() throws Exception {
        // More rows than one batch: the first 2,000 are written while the rest is still read (ADR 0175).
        Path book = manyActivities("late-bad.xlsx", 2399);
        Path db = dir.resolve("late.db");
        try (Services s = Services.open(store(db))) {
            s.sample().loadHaiPhong2023();
        }
        String before = StoreTestSupport.recordsDigest(db);
        try (Services s = Services.open(store(db))) {
            XlsxImportResult r = s.xlsx().importFile(book, false, false);
            assertThat(r.written()).isFalse();
            assertThat(r.problems()).extracting(XlsxProblem::message).containsExactly(
                    "Hoạt động, dòng 2401, cột Số lượt người tham dự: không được là số âm (-5)");
        }
        assertThat(StoreTestSupport.recordsDigest(db)).isEqualTo(before);
        assertThat(StoreTestSupport.text(db, "SELECT detail FROM audit_log WHERE action = 'import.refused'"))
                .endsWith("1 invalid cells, nothing written; first: Hoạt động, dòng 2401, cột Số lượt người tham dự:"
                        + " không được là số âm (-5)");
        assertThat(StoreTestSupport.count(db, "SELECT count(*) FROM audit_log WHERE action = 'import.xlsx'")).isZero();

        // --valid-only keeps the other 2,499: one audit entry for them all, and the day totals count each once.
        long sessionsBefore;
        long participantsBefore;
        try (Services s = Services.open(store(db))) {
            sessionsBefore = s.summary().summary(Y2023, Optional.empty()).outreachSessions();
            participantsBefore = s.summary().summary(Y2023, Optional.empty()).outreachParticipants();
            XlsxImportResult r = s.xlsx().importFile(book, false, true);
            assertThat(r.written()).isTrue();
            assertThat(r.imported()).isEqualTo(2499);
            assertThat(r.added()).isEqualTo(2499);
            var after = s.summary().summary(Y2023, Optional.empty());
            assertThat(after.outreachSessions()).isEqualTo(sessionsBefore + 2499);
            assertThat(after.outreachParticipants()).isEqualTo(participantsBefore + 2499 * 10);
        }
        assertThat(StoreTestSupport.text(db, "SELECT detail FROM audit_log WHERE action = 'create.batch'"
                + " AND record_kind = 'activity' ORDER BY seq DESC LIMIT 1")).startsWith("2499 records, ids sha256 ");
        assertThat(StoreTestSupport.count(db, "SELECT count(*) FROM activity WHERE title LIKE "
                + "'Tuyên truyền lưu động số %' AND deleted = 0")).isEqualTo(2499);
    }

    @Test
    void aWriteThatFailsWhileTheWorkbookIsStillReadStopsTheReadingAndRollsBack() throws Exception {
        Path book = manyActivities("fails-early.xlsx", -1);
        Path db = sampleStoreFailingOn("fails-early.db", "activity");
        String before = StoreTestSupport.recordsDigest(db);
        try (Services s = Services.open(store(db))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.xlsx().importFile(book, false, false))
                    .isInstanceOf(vn.atr.domain.AtrException.class).hasMessageContaining("ổ đĩa đầy");
            // The reader thread has ended: nothing of the import runs on after the refusal.
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("xlsx-reader"));
        }
        assertThat(StoreTestSupport.recordsDigest(db)).isEqualTo(before);
        assertThat(StoreTestSupport.text(db, "SELECT detail FROM audit_log WHERE action = 'import.refused'"))
                .contains("ổ đĩa đầy");
    }

    /**
     * A store with the sample data whose next insert into {@code table} fails as a full disk would: a trigger of the
     * engine under test (PostgreSQL's fires for COPY too), so the rollback is each engine's own.
     */
    private Path sampleStoreFailingOn(String name, String table) throws Exception {
        Path db = dir.resolve(name);
        try (Services s = Services.open(store(db))) {
            s.sample().loadHaiPhong2023();
        }
        try (java.sql.Connection c = StoreTestSupport.connect(db); java.sql.Statement st = c.createStatement()) {
            if (this instanceof OnPostgresql) {
                st.execute("CREATE FUNCTION test_fail() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN RAISE EXCEPTION 'ổ đĩa đầy'; END $$");
                st.execute("CREATE TRIGGER test_fail BEFORE INSERT ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION test_fail()");
            } else {
                st.execute("CREATE TRIGGER test_fail BEFORE INSERT ON " + table
                        + " BEGIN SELECT RAISE(ABORT, 'ổ đĩa đầy'); END");
            }
        }
        return db;
    }

    @Test
    void realUserVariationsAreAccepted() throws Exception {
        Path t = template();
        Path varied = dir.resolve("varied.xlsx");
        try (InputStream in = Files.newInputStream(t); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Hoạt động");
            wb.removeSheetAt(wb.getSheetIndex(sheet));
            sheet = wb.createSheet("HOAT  DONG"); // the tab renamed without its marks
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("d/m/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH HOẠT ĐỘNG NĂM 2023");
            // Columns moved, no "*", extra spaces, a column ATR does not know.
            row(sheet, 2, date, " Số lượt người tham dự ", "Ngày bắt đầu", "Loại hoạt động", "Ghi chú riêng", "Đơn vị *");
            row(sheet, 3, date, "1.200", "14/12/2023", "  Buổi tuyên truyền ", "x", "04 - Hải Phòng");
            row(sheet, 6, date, 300, LocalDate.of(2023, 3, 8), "Lớp tập huấn", null, "Quận Ngô Quyền");
            Row formula = sheet.createRow(8);
            formula.createCell(0).setCellFormula("100+20");
            XlsxFixture.set(formula.createCell(1), LocalDate.of(2023, 5, 2), date);
            formula.createCell(2).setCellValue("OUTREACH_SESSION");
            formula.createCell(4).setCellValue("304");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream os = Files.newOutputStream(varied)) {
                wb.write(os);
            }
        }
        try (Services s = Services.open(store(dir.resolve("v.db")))) {
            XlsxImportResult r = s.xlsx().importFile(varied, false, false);
            assertThat(r.problems()).isEmpty();
            assertThat(r.warnings()).anyMatch(w -> w.contains("Ghi chú riêng")).noneMatch(w -> w.contains("HOAT"));
            assertThat(r.imported()).isEqualTo(3);
            var stored = s.repositories().activities().listActive();
            assertThat(stored).extracting(a -> a.participants()).containsExactlyInAnyOrder(1200, 300, 120);
            assertThat(stored).extracting(a -> a.startDate()).containsExactlyInAnyOrder(LocalDate.of(2023, 12, 14),
                    LocalDate.of(2023, 3, 8), LocalDate.of(2023, 5, 2));
            assertThat(stored).extracting(a -> a.unitCode()).containsExactlyInAnyOrder("04", "304", "304");
            Summary sum = s.summary().summary(Y2023, Optional.empty());
            assertThat(sum.outreachSessions()).isEqualTo(2);
            assertThat(sum.trainingParticipants()).isEqualTo(300);
        }
    }

    @Test
    void validOnlyImportsOnlyTheGoodRowsAndUnitsMustExistOnTheDate() throws Exception {
        Path mixed = dir.resolve("mixed.xlsx");
        Map<String, Object> newCommune = activity("Buổi tuyên truyền", "14/12/2023", 50);
        newCommune.put(header("unitCode"), "10301008"); // a commune of 1 July 2025
        XlsxFixture.fill(template(), mixed, Map.of("Hoạt động", List.of(
                activity("Buổi tuyên truyền", "01/06/2023", 40),
                newCommune,
                activity("Lớp tập huấn", "02/06/2023", 60))));
        Path db = dir.resolve("m.db");
        try (Services s = Services.open(store(db))) {
            XlsxImportResult dry = s.xlsx().importFile(mixed, true, true);
            assertThat(dry.written()).isFalse();
            assertThat(dry.problems()).extracting(XlsxProblem::message).containsExactly(
                    "Hoạt động, dòng 3, cột Đơn vị: Phường Hồng Bàng chỉ có từ ngày 01/07/2025, không dùng được cho"
                            + " ngày 14/12/2023");
            assertThat(s.repositories().activities().countActive()).isZero();
            XlsxImportResult r = s.xlsx().importFile(mixed, false, true);
            assertThat(r.written()).isTrue();
            assertThat(r.imported()).isEqualTo(2);
            assertThat(s.repositories().activities().listActive()).extracting(a -> a.participants())
                    .containsExactlyInAnyOrder(40, 60);
        }
    }

    @Test
    void communeStaffImportOnlyTheirUnitAndManagersCannotImport() throws Exception {
        Path book = dir.resolve("units.xlsx");
        Map<String, Object> otherUnit = activity("Buổi tuyên truyền", "05/06/2023", 70);
        otherUnit.put(header("unitCode"), "305");
        XlsxFixture.fill(template(), book, Map.of("Hoạt động", List.of(activity("Buổi tuyên truyền", "04/06/2023", 30),
                otherUnit)));
        Path db = dir.resolve("users.db");
        try (Services s = Services.open(store(db))) {
            s.auth().createFirstAdministrator("admin", "quan-tri-2026!".toCharArray());
            s.users().add("minh", vn.atr.domain.access.Role.COMMUNE_STAFF, "304", "can-bo-xa-2026!".toCharArray());
            s.users().add("lan", vn.atr.domain.access.Role.MANAGER, null, "lanh-dao-2026!".toCharArray());
        }
        try (Services s = Services.open(store(db))) {
            s.auth().login("lan", "lanh-dao-2026!".toCharArray());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.xlsx().importFile(book, false, true))
                    .isInstanceOf(vn.atr.service.AccessDeniedException.class);
        }
        try (Services s = Services.open(store(db))) {
            s.auth().login("minh", "can-bo-xa-2026!".toCharArray());
            // the officer's template offers the units the officer may write, not the city's it would refuse
            Path own = dir.resolve("mau-minh.xlsx");
            s.xlsx().writeTemplate(own);
            try (InputStream in = Files.newInputStream(own); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                org.apache.poi.ss.util.AreaReference area = new org.apache.poi.ss.util.AreaReference(
                        wb.getName("DS_unitCode").getRefersToFormula(), org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
                List<String> offered = new java.util.ArrayList<>();
                for (org.apache.poi.ss.util.CellReference c : area.getAllReferencedCells()) {
                    offered.add(wb.getSheet(c.getSheetName()).getRow(c.getRow()).getCell(c.getCol()).getStringCellValue());
                }
                assertThat(offered).isNotEmpty().allMatch(u -> u.startsWith("304 - "), "304 only");
            }
            XlsxImportResult r = s.xlsx().importFile(book, false, true);
            assertThat(r.problems()).extracting(XlsxProblem::message).containsExactly(
                    "Hoạt động, dòng 3, cột Đơn vị: không được nhập dữ liệu của Quận Lê Chân (305): người dùng thuộc Quận Ngô Quyền (304)");
            assertThat(r.imported()).isEqualTo(1);
        }
        assertThat(StoreTestSupport.text(db, "SELECT updated_by || ' ' || unit_code FROM activity")).isEqualTo("minh 304");
        assertThat(StoreTestSupport.text(db, "SELECT user_name FROM audit_log WHERE action = 'import.xlsx'")).isEqualTo("minh");
    }

    @Test
    void aCommunesDryRunDoesNotTellWhetherAnotherUnitsCaseExistsNorLinksBelowIt() throws Exception {
        Path db = dir.resolve("scope.db");
        try (Services s = Services.open(store(db))) {
            s.sample().loadHaiPhong2023(); // case HP-2023-01 and victim NN-2023-01, not of unit 304
            s.auth().createFirstAdministrator("admin", "quan-tri-2026!".toCharArray());
            s.users().add("minh", vn.atr.domain.access.Role.COMMUNE_STAFF, "304", "can-bo-xa-2026!".toCharArray());
        }
        Map<String, Object> stored = victim("HP-2023-01", "NN-X1");
        Map<String, Object> none = victim("HP-NONE", "NN-X2");
        stored.put(header("unitCode"), "304");
        none.put(header("unitCode"), "304");
        Map<String, Object> support = new LinkedHashMap<>(Map.of(header("unitCode"), "304", header("victimCode"),
                "NN-2023-01", header("supportType"), "Y tế", header("serviceDate"), "20/03/2023", header("amountVnd"), 1));
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        rows.put("Nạn nhân", List.of(stored, none));
        rows.put("Hỗ trợ", List.of(support));
        Path book = dir.resolve("scope.xlsx");
        XlsxFixture.fill(template(), book, rows);
        String before = StoreTestSupport.recordsDigest(db);
        try (Services s = Services.open(store(db))) {
            s.auth().login("minh", "can-bo-xa-2026!".toCharArray());
            XlsxImportResult dry = s.xlsx().importFile(book, true, false);
            assertThat(dry.problems()).extracting(XlsxProblem::message).containsExactly(
                    "Nạn nhân, dòng 2, cột Mã vụ việc: không có vụ việc mã \"HP-2023-01\" (ở trang Vụ việc hoặc trong"
                            + " dữ liệu)",
                    "Nạn nhân, dòng 3, cột Mã vụ việc: không có vụ việc mã \"HP-NONE\" (ở trang Vụ việc hoặc trong"
                            + " dữ liệu)",
                    "Hỗ trợ, dòng 2, cột Mã nạn nhân: không có nạn nhân mã \"NN-2023-01\" (ở trang Nạn nhân hoặc trong"
                            + " dữ liệu)");
            XlsxImportResult valid = s.xlsx().importFile(book, false, true);
            assertThat(valid.imported()).isZero();
        }
        assertThat(StoreTestSupport.recordsDigest(db)).isEqualTo(before);
    }

    @Test
    void victimsAndSupportLinkByCodeAndBadLinksAreExplained() throws Exception {
        Path db = dir.resolve("links.db");
        try (Services s = Services.open(store(db))) {
            s.sample().loadHaiPhong2023(); // stores case HP-2023-01 and victim NN-2023-01
        }
        Map<String, Object> badCase = new LinkedHashMap<>(Map.of(header("unitCode"), "305", header("caseCode"), "HP-X",
                header("detectionDate"), "14/03/2023", header("detectingAgency"), "Công an", header("scope"), "Trong nước",
                header("status"), "Không rõ"));
        Map<String, Object> v1 = victim("HP-2023-01", "NN-A"); // links to the stored case
        Map<String, Object> v2 = victim("HP-X", "NN-B");        // its case row is invalid
        Map<String, Object> v3 = victim("HP-NONE", "NN-C");     // no such case
        Map<String, Object> v4 = victim("HP-2023-01", "NN-2023-01"); // code already stored: updates that victim
        Map<String, Object> support = new LinkedHashMap<>(Map.of(header("unitCode"), "311", header("victimCode"), "NN-A",
                header("supportType"), "Y tế", header("serviceDate"), "20/03/2023", header("amountVnd"), "500.000"));
        // "Y tế" is the label of earlier templates (now "Hỗ trợ y tế"): still read as medical support
        Path book = dir.resolve("links.xlsx");
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        rows.put("Vụ việc", List.of(badCase));
        rows.put("Nạn nhân", List.of(v1, v2, v3, v4));
        rows.put("Hỗ trợ", List.of(support));
        XlsxFixture.fill(template(), book, rows);
        try (Services s = Services.open(store(db))) {
            XlsxImportResult r = s.xlsx().importFile(book, false, true);
            assertThat(r.problems()).extracting(XlsxProblem::message).containsExactly(
                    "Vụ việc, dòng 2, cột Tình trạng: \"Không rõ\" không có trong danh sách (Đang điều tra; Đã truy tố;"
                            + " Đã xét xử; Tạm đình chỉ; Đã kết thúc)",
                    "Nạn nhân, dòng 3, cột Mã vụ việc: vụ việc \"HP-X\" (Vụ việc, dòng 2) có lỗi nên dòng này cũng"
                            + " không nhập được",
                    "Nạn nhân, dòng 4, cột Mã vụ việc: không có vụ việc mã \"HP-NONE\" (ở trang Vụ việc hoặc trong"
                            + " dữ liệu)");
            assertThat(r.imported()).isEqualTo(3);
            assertThat(r.updated()).isEqualTo(1);
            assertThat(s.repositories().victims().listActive()).filteredOn(v -> v.victimCode().equals("NN-2023-01"))
                    .singleElement().satisfies(v -> assertThat(v.birthYear()).isEqualTo(2000));
            var stored = s.repositories().victims().listActive().stream()
                    .filter(v -> v.victimCode().equals("NN-A")).findFirst().orElseThrow();
            assertThat(stored.ageBand()).isEqualTo("FROM_18_TO_30"); // from the birth year
            assertThat(s.repositories().cases().find(stored.caseId()).orElseThrow().caseCode()).isEqualTo("HP-2023-01");
            assertThat(s.repositories().support().listForVictim(stored.meta().id())).singleElement()
                    .satisfies(x -> {
                        assertThat(x.amountVnd()).isEqualTo(500_000);
                        assertThat(x.type()).isEqualTo(vn.atr.domain.SupportType.MEDICAL);
                    });
        }
    }

    @Test
    void theAgeBandColumnTakesTheConfiguredBandsAndEarlierLabelsAndExplainsTheRest() throws Exception {
        Path db = dir.resolve("bands.db");
        try (Services s = Services.open(db)) {
            s.ageBands().retire("OVER_50", LocalDate.of(2023, 1, 1));
            s.ageBands().add("Từ 51 đến 60 tuổi", null, 51, 60, null);
            s.ageBands().add("Trên 60 tuổi", null, 61, null, "OVER_60");
        }
        Path template = dir.resolve("mau-nhom-tuoi.xlsx");
        try (Services s = Services.open(db)) {
            s.xlsx().writeTemplate(template);
        }
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> listed = new java.util.ArrayList<>();
            wb.getSheet("Danh mục").forEach(row -> row.forEach(cell -> listed.add(cell.getStringCellValue())));
            assertThat(listed).contains("Từ 51 đến 60 tuổi", "Trên 60 tuổi", "Dưới 16 tuổi (không rõ tuổi cụ thể)")
                    .doesNotContain("Trên 50 tuổi");
        }
        Map<String, Object> theCase = new LinkedHashMap<>(Map.of(header("unitCode"), "311", header("caseCode"), "HP-A",
                header("detectionDate"), "14/03/2023", header("detectingAgency"), "Công an",
                header("scope"), "Trong nước", header("status"), "Đang điều tra"));
        Map<String, Object> configured = banded("NN-1", "Trên 60 tuổi");
        Map<String, Object> earlierLabel = banded("NN-2", "Dưới 16 tuổi"); // a workbook from an earlier template
        Map<String, Object> unknown = banded("NN-3", "Từ 70 tuổi");
        Map<String, Object> retired = banded("NN-4", "Trên 50 tuổi");
        Map<String, Object> fromBirthYear = victim("HP-A", "NN-5");
        fromBirthYear.put(header("birthYear"), 1950);
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        rows.put("Vụ việc", List.of(theCase));
        rows.put("Nạn nhân", List.of(configured, earlierLabel, unknown, retired, fromBirthYear));
        Path book = dir.resolve("nhom-tuoi.xlsx");
        XlsxFixture.fill(template, book, rows);
        try (Services s = Services.open(db)) {
            XlsxImportResult r = s.xlsx().importFile(book, false, true);
            assertThat(r.problems()).extracting(XlsxProblem::message).containsExactly(
                    "Nạn nhân, dòng 4, cột Nhóm tuổi: \"Từ 70 tuổi\" không có trong danh sách (Dưới 6 tuổi; Từ 6 đến"
                            + " dưới 12 tuổi; Từ 12 đến dưới 16 tuổi; Dưới 16 tuổi (không rõ tuổi cụ thể); Từ 16 đến"
                            + " dưới 18 tuổi; Từ 18 đến 30 tuổi; Từ 31 đến 50 tuổi; Từ 51 đến 60 tuổi; Trên 60 tuổi;"
                            + " Chưa rõ tuổi)",
                    "Nạn nhân, dòng 5, cột Nhóm tuổi: nhóm tuổi \"Trên 50 tuổi\" ngừng áp dụng từ ngày 01/01/2023:"
                            + " không chọn được cho vụ việc phát hiện ngày 14/03/2023; chọn một nhóm tuổi đang áp dụng");
            Map<String, String> bands = s.repositories().victims().listActive().stream()
                    .collect(Collectors.toMap(v -> v.victimCode(), v -> v.ageBand()));
            assertThat(bands).containsOnly(Map.entry("NN-1", "OVER_60"), Map.entry("NN-2", "UNDER_16"),
                    Map.entry("NN-5", "OVER_60"));
        }
    }

    @Test
    void aVictimWhoseDetailsContradictOneAnotherIsRefusedAsInTheForm() throws Exception {
        Path db = dir.resolve("contradictions.db");
        Map<String, Object> theCase = new LinkedHashMap<>(Map.of(header("unitCode"), "311", header("caseCode"), "HP-A",
                header("detectionDate"), "14/03/2023", header("detectingAgency"), "Công an",
                header("scope"), "Trong nước", header("status"), "Đang điều tra"));
        Map<String, Object> child = victim("HP-A", "NN-1");
        child.put(header("birthYear"), 2008);
        child.put(header("ageBand"), "Từ 18 đến 30 tuổi");
        child.remove(header("destinationCountry"));
        child.put(header("traffickedWithinVietnam"), "Có");
        Map<String, Object> atHome = victim("HP-A", "NN-2");
        atHome.put(header("traffickedWithinVietnam"), "Có");
        Map<String, Object> early = victim("HP-A", "NN-3");
        early.put(header("traffickedWithinVietnam"), "Có");
        early.remove(header("destinationCountry"));
        early.put(header("returnedDate"), LocalDate.of(2023, 3, 1));
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        rows.put("Vụ việc", List.of(theCase));
        rows.put("Nạn nhân", List.of(child, atHome, early));
        Path book = dir.resolve("mau-mau-thuan.xlsx");
        XlsxFixture.fill(template(), book, rows);
        try (Services s = Services.open(store(db))) {
            XlsxImportResult r = s.xlsx().importFile(book, false, false);
            assertThat(r.problems()).extracting(XlsxProblem::message).containsExactly(
                    "Nạn nhân, dòng 2, cột Nhóm tuổi: không khớp với năm sinh 2008 (khi được xác định, năm 2023, nạn"
                            + " nhân 14 hoặc 15 tuổi, thuộc nhóm \"Từ 12 đến dưới 16 tuổi\"); chọn nhóm tuổi đúng"
                            + " hoặc sửa năm sinh",
                    "Nạn nhân, dòng 3, cột Nước đến: đã chọn \"Bị mua bán trong nước\" nhưng có ghi nước đến (Trung"
                            + " Quốc): xóa nước đến, hoặc bỏ chọn \"Bị mua bán trong nước\" nếu nạn nhân bị đưa ra nước"
                            + " ngoài");
            assertThat(s.repositories().cases().listActive()).as("nothing written").isEmpty();
        }
    }

    private static Map<String, Object> banded(String code, String band) {
        Map<String, Object> m = victim("HP-A", code);
        m.remove(header("birthYear"));
        m.put(header("ageBand"), band);
        return m;
    }

    /** News articles without their number would be counted as none: the row is refused, as the form refuses it. */
    @Test
    void anActivityCountedByQuantityWithoutOneIsRefused() throws Exception {
        Map<String, Object> articles = activity("Tin bài", "01/06/2023", 0);
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        rows.put("Hoạt động", List.of(articles));
        Path book = dir.resolve("tin.xlsx");
        XlsxFixture.fill(template(), book, rows);
        try (Services s = Services.open(store(dir.resolve("tin.db")))) {
            XlsxImportResult r = s.xlsx().importFile(book, false, false);
            assertThat(r.problems()).extracting(XlsxProblem::message).singleElement().asString()
                    .startsWith("Hoạt động, dòng 2, cột Số lượng").contains("\"Tin bài\" được tính theo số lượng");
            assertThat(r.written()).isFalse();
            // an activity the report counts by its records ("Hoạt động khác") needs no quantity
            rows.put("Hoạt động", List.of(activity("Hoạt động khác", "02/06/2023", 15)));
            Path other = dir.resolve("khac.xlsx");
            XlsxFixture.fill(template(), other, rows);
            assertThat(s.xlsx().importFile(other, true, false).problems()).isEmpty();
            vn.atr.domain.Activity typed = new vn.atr.domain.Activity(vn.atr.domain.Meta.fresh("test"), "304",
                    "NEWS_ARTICLE", java.time.LocalDate.of(2023, 6, 1), null, "Tin bài", null, List.of(), java.util.Set.of(),
                    null, 0, 0, null);
            assertThatThrownBy(() -> s.activities().save(typed, "test")).isInstanceOf(vn.atr.domain.ValidationException.class)
                    .hasMessageContaining("được tính theo số lượng");
        }
    }

    /**
     * Two wards' workbooks merged at the city: a code one ward uses is no key to the other's records. A case code
     * another unit holds is refused as the form refuses it; a victim's code is its case's own, so the second ward's
     * NN-01 is another person, added beside the first ward's, which stays as it was.
     */
    @Test
    void anotherUnitsCaseOrVictimOfTheSameCodeIsNeverChangedByARow() throws Exception {
        Path db = dir.resolve("hai-phuong.db");
        Map<String, List<Map<String, Object>>> a = new LinkedHashMap<>();
        a.put("Vụ việc", List.of(caseRow("305", "VV-01")));
        Map<String, Object> first = victim("VV-01", "NN-01");
        first.put(header("unitCode"), "305");
        first.put(header("birthYear"), 1995);
        a.put("Nạn nhân", List.of(first));
        Path bookA = dir.resolve("phuong-a.xlsx");
        XlsxFixture.fill(template(), bookA, a);
        Map<String, List<Map<String, Object>>> b = new LinkedHashMap<>();
        b.put("Vụ việc", List.of(caseRow("304", "VV-01")));
        Path bookB = dir.resolve("phuong-b.xlsx");
        XlsxFixture.fill(template(), bookB, b);
        Map<String, List<Map<String, Object>>> b2 = new LinkedHashMap<>();
        b2.put("Vụ việc", List.of(caseRow("304", "VV-02")));
        Map<String, Object> other = victim("VV-02", "NN-01");
        other.put(header("unitCode"), "304");
        other.put(header("sex"), "nam");
        other.put(header("birthYear"), 1981);
        b2.put("Nạn nhân", List.of(other));
        Path bookB2 = dir.resolve("phuong-b2.xlsx");
        XlsxFixture.fill(template(), bookB2, b2);
        try (Services s = Services.open(store(db))) {
            assertThat(s.xlsx().importFile(bookA, false, false).problems()).isEmpty();
            String before = StoreTestSupport.recordsDigest(db);
            XlsxImportResult sameCode = s.xlsx().importFile(bookB, false, false);
            assertThat(sameCode.problems()).extracting(XlsxProblem::message).singleElement().asString()
                    .contains("Vụ việc, dòng 2", "\"VV-01\" đã có (Quận Lê Chân");
            assertThat(StoreTestSupport.recordsDigest(db)).isEqualTo(before);
            XlsxImportResult otherCase = s.xlsx().importFile(bookB2, false, false);
            assertThat(otherCase.problems()).isEmpty();
            assertThat(List.of(otherCase.added(), otherCase.updated())).containsExactly(2, 0);
            assertThat(s.repositories().victims().listActive()).extracting(v -> v.unitCode() + " " + v.birthYear())
                    .containsExactlyInAnyOrder("305 1995", "304 1981");
        }
    }

    private static Map<String, Object> caseRow(String unit, String code) {
        return new LinkedHashMap<>(Map.of(header("unitCode"), unit, header("caseCode"), code,
                header("detectionDate"), "14/03/2023", header("detectingAgency"), "Công an",
                header("scope"), "Trong nước", header("status"), "Đang điều tra"));
    }

    /** A row pasted twice is two activities, as the form allows after asking: said, naming both rows. */
    @Test
    void aRowRepeatedWordForWordIsImportedAndSaid() throws Exception {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        rows.put("Hoạt động", List.of(activity("Buổi tuyên truyền", "01/06/2023", 40),
                activity("Buổi tuyên truyền", "01/06/2023", 60), activity("Buổi tuyên truyền", "01/06/2023", 40)));
        Path book = dir.resolve("lap.xlsx");
        XlsxFixture.fill(template(), book, rows);
        try (Services s = Services.open(store(dir.resolve("lap.db")))) {
            XlsxImportResult r = s.xlsx().importFile(book, false, false);
            assertThat(r.problems()).isEmpty();
            assertThat(r.imported()).isEqualTo(3);
            assertThat(r.warnings()).containsOnlyOnce("Hoạt động, dòng 4 giống hệt dòng 2 (cùng đơn vị, loại, ngày, tên, số"
                    + " người và số lượng): cả hai được nhập thành hai hoạt động; nếu là một hoạt động ghi hai lần, xóa"
                    + " một dòng");
        }
    }

    @Test
    void reimportingAnEditedWorkbookUpdatesTheRecordsItMadeInsteadOfDuplicatingThem() throws Exception {
        Map<String, Object> support = new LinkedHashMap<>(Map.of(header("unitCode"), "311", header("victimCode"), "NN-A",
                header("supportType"), "Y tế", header("serviceDate"), "20/03/2023", header("amountVnd"), 500_000));
        Map<String, Object> twin = activity("Buổi tuyên truyền", "01/06/2023", 40); // two sessions, same title and day
        Map<String, Object> case1 = new LinkedHashMap<>(Map.of(header("unitCode"), "311", header("caseCode"), "HP-A",
                header("detectionDate"), "14/03/2023", header("detectingAgency"), "Công an",
                header("scope"), "Trong nước", header("status"), "Đang điều tra"));
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        rows.put("Hoạt động", List.of(twin, activity("Buổi tuyên truyền", "01/06/2023", 60),
                activity("Lớp tập huấn", "02/06/2023", 25)));
        rows.put("Vụ việc", List.of(case1));
        rows.put("Nạn nhân", List.of(victim("HP-A", "NN-A")));
        rows.put("Hỗ trợ", List.of(support));
        Path first = dir.resolve("xa.xlsx");
        XlsxFixture.fill(template(), first, rows);
        Path db = dir.resolve("again.db");
        try (Services s = Services.open(store(db))) {
            XlsxImportResult r = s.xlsx().importFile(first, false, false);
            assertThat(r.added()).isEqualTo(6);
        }
        // The commune corrects one session's figure and the victim's birth year, and retypes a title without its
        // comma (the same line to a person), then sends the file again.
        Map<String, Object> retyped = activity("Lớp tập huấn", "02/06/2023", 25);
        retyped.put(header("title"), "Tuyên truyền phòng chống mua bán người.");
        rows.put("Hoạt động", List.of(twin, activity("Buổi tuyên truyền", "01/06/2023", 65), retyped));
        Map<String, Object> victim = victim("HP-A", "NN-A");
        victim.put(header("birthYear"), 1999);
        rows.put("Nạn nhân", List.of(victim));
        Path edited = dir.resolve("xa-sua.xlsx");
        XlsxFixture.fill(template(), edited, rows);
        try (Services s = Services.open(store(db))) {
            XlsxImportResult r = s.xlsx().importFile(edited, false, false);
            assertThat(r.problems()).isEmpty();
            assertThat(r.written()).isTrue();
            assertThat(List.of(r.added(), r.updated(), r.unchanged())).containsExactly(0, 3, 3);
            assertThat(s.repositories().activities().listActive()).extracting(a -> a.participants())
                    .containsExactlyInAnyOrder(40, 65, 25);
            assertThat(s.repositories().activities().listActive()).extracting(a -> a.title())
                    .contains("Tuyên truyền phòng chống mua bán người.");
            assertThat(s.repositories().victims().listActive()).singleElement().satisfies(v -> {
                assertThat(v.birthYear()).isEqualTo(1999);
                assertThat(v.meta().version()).isEqualTo(2);
            });
            assertThat(s.repositories().cases().countActive()).isEqualTo(1);
            assertThat(s.repositories().support().countActive()).isEqualTo(1);
        }
        String digest = StoreTestSupport.digest(db);
        try (Services s = Services.open(store(db))) {
            XlsxImportResult r = s.xlsx().importFile(edited, false, false);
            assertThat(r.written()).isFalse();
            assertThat(r.unchanged()).isEqualTo(6);
            assertThat(r.warnings()).noneMatch(w -> w.startsWith("Cảnh báo"));
        }
        assertThat(StoreTestSupport.digest(db)).isEqualTo(digest);
        // The first copy again, as from an older folder: its rows would undo the corrections; the check says which.
        try (Services s = Services.open(store(db))) {
            XlsxImportResult r = s.xlsx().importFile(first, true, false);
            assertThat(r.updated()).isEqualTo(3);
            assertThat(r.warnings().get(0)).startsWith("Tệp xa.xlsx đã được nhập trước đây");
            assertThat(r.problems()).extracting(XlsxProblem::message).singleElement().asString()
                    .startsWith("xa.xlsx: tệp đã được nhập trước đây và từ đó 3 bản ghi của tệp đã được sửa")
                    .contains("01/06/2023 Tuyên truyền phòng, chống mua bán người", "NN-A",
                            "nhập lại tệp này sẽ đưa các bản ghi đó về như trong tệp", "Không nhập gì");
        }
        assertThat(StoreTestSupport.digest(db)).isEqualTo(digest);
        String records = StoreTestSupport.recordsDigest(db);
        try (Services s = Services.open(store(db))) {
            XlsxImportResult refused = s.xlsx().importFile(first, false, true); // not even the valid rows
            assertThat(refused.written()).isFalse();
        }
        assertThat(StoreTestSupport.recordsDigest(db)).as("refused: only the refusal audited").isEqualTo(records);
        // the codes typed in other letters' case ("hp-a", "nn-a") are the same records, left as they are
        Map<String, Object> lowerCase = new LinkedHashMap<>(case1);
        lowerCase.put(header("caseCode"), "hp-a");
        Map<String, Object> lowerVictim = victim("hp-a", "nn-a");
        lowerVictim.put(header("birthYear"), 1999);
        rows.put("Vụ việc", List.of(lowerCase));
        rows.put("Nạn nhân", List.of(lowerVictim));
        Path lower = dir.resolve("xa-chu-thuong.xlsx");
        XlsxFixture.fill(template(), lower, rows);
        try (Services s = Services.open(store(db))) {
            XlsxImportResult r = s.xlsx().importFile(lower, false, false);
            assertThat(r.problems()).isEmpty();
            assertThat(List.of(r.added(), r.updated(), r.unchanged())).containsExactly(0, 0, 6);
        }
        assertThat(StoreTestSupport.text(db, "SELECT case_code FROM trafficking_case")).isEqualTo("HP-A");
        assertThat(StoreTestSupport.text(db, "SELECT victim_code FROM victim")).isEqualTo("NN-A");
    }

    private static Map<String, Object> victim(String caseCode, String code) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(header("unitCode"), "311");
        m.put(header("caseCode"), caseCode);
        m.put(header("victimCode"), code);
        m.put(header("sex"), "nữ");
        m.put(header("birthYear"), 2000);
        m.put(header("destinationCountry"), "Trung Quốc");
        m.put(header("residenceProvinceCode"), "Hải Phòng");
        m.put(header("legalStatus"), "Nạn nhân");
        m.put(header("identificationDate"), LocalDate.of(2023, 3, 20));
        return m;
    }

    private static Map<String, Object> activity(String type, Object date, Object participants) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(header("unitCode"), "304 - Quận Ngô Quyền");
        m.put(header("typeCode"), type);
        m.put(header("startDate"), date);
        m.put(header("title"), "Tuyên truyền phòng, chống mua bán người");
        m.put(header("participants"), participants);
        return m;
    }

    private static void row(Sheet sheet, int r, CellStyle date, Object... values) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < values.length; i++) {
            XlsxFixture.set(row.createCell(i), values[i], date);
        }
    }
}
