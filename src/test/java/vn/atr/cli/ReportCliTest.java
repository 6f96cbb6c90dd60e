package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.store.StoreTestSupport;

/** {@code atr report} and {@code atr draft} end to end, with the bad inputs they must refuse. */
class ReportCliTest {
    @TempDir
    Path dir;

    private static String docxText(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    @Test
    void draftThenReportWritesBothFiles() throws Exception {
        String db = dir.resolve("s.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
        Path draft = dir.resolve("draft.txt");
        Files.writeString(draft, """
                # nội dung báo cáo năm 2023
                number = 05
                date = 05/01/2024
                signer.title = KT. GIÁM ĐỐC | PHÓ GIÁM ĐỐC
                signer.name = Nguyễn Văn An

                [recipients]
                - UBND thành phố (để báo cáo);
                Lưu: VT, CCPCTNXH

                [assessment]
                Năm 2023 công tác phòng, chống mua bán người có nhiều chuyển biến.

                Đoạn thứ hai.
                """, StandardCharsets.UTF_8);
        assertThat(atr("draft", "--db", db, "--year", "2023", "--file", draft.toString()).exit()).isZero();
        CliTest.Run shown = atr("draft", "--db", db, "--year", "2023");
        assertThat(shown.out()).contains("number = 05", "date = 05/01/2024", "signer.title = KT. GIÁM ĐỐC | PHÓ GIÁM ĐỐC",
                "[assessment]\nNăm 2023 công tác", "UBND thành phố (để báo cáo)\n",
                // what the report prints for the sections left empty, drafted from the data, to edit
                "\n# Phần trống được điền bằng đoạn soạn sẵn từ dữ liệu",
                "[legal-basis]\nThực hiện Luật Phòng, chống mua bán người số 66/2011/QH12",
                "[direction]\nNăm 2023, Ủy ban nhân dân thành phố ban hành Kế hoạch số 75/KH-UBND");
        // the printed file loaded back as it is: the drafted sections stay drafted, not stored as written
        Path printed = Files.writeString(dir.resolve("in-ra.txt"), shown.out(), StandardCharsets.UTF_8);
        assertThat(atr("draft", "--db", db, "--year", "2023", "--file", printed.toString()).exit()).isZero();
        assertThat(StoreTestSupport.count(Path.of(db), "SELECT count(*) FROM report_draft WHERE legal_basis IS NULL"
                + " AND direction IS NULL AND assessment LIKE 'Năm 2023%'")).isEqualTo(1);
        assertThat(atr("draft", "--db", db, "--year", "2023").out().replaceFirst("version = \\d+\n", ""))
                .as("the same, one version on").isEqualTo(shown.out().replaceFirst("version = \\d+\n", ""));
        Path docx = dir.resolve("bc.docx");
        Path xlsx = dir.resolve("pl.xlsx");
        CliTest.Run run = atr("report", "--db", db, "--year", "2023", "--docx", docx.toString(), "--xlsx",
                xlsx.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.size(xlsx)).isPositive();
        assertThat(docxText(docx)).contains("Số: 05/BC-SLĐTBXH", "Đoạn thứ hai.", "- UBND thành phố (để báo cáo);");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aFileChangesTheDraftsPartsItNamesAndKeepsTheOthers() throws Exception {
        String db = dir.resolve("partial.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero(); // the sample's draft: number, date, signer, sections
        String before = atr("draft", "--db", db, "--year", "2023").out();
        assertThat(before).contains("date = 05/01/2024", "signer.name = Nguyễn Văn Minh", "[assessment]\nCông tác phòng");

        Path number = Files.writeString(dir.resolve("so.txt"), "number = 06\n", StandardCharsets.UTF_8);
        CliTest.Run run = atr("draft", "--db", db, "--year", "2023", "--file", number.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Giữ nguyên các phần tệp không ghi: ngày ban hành; chức danh người ký; họ tên"
                + " người ký; nơi nhận; ", "III. Đánh giá", "Muốn xóa một phần, ghi phần đó vào tệp và để trống.");
        String after = atr("draft", "--db", db, "--year", "2023").out();
        assertThat(after).contains("number = 06", "version = 2");
        assertThat(after.replace("version = 2\n", ""))
                .isEqualTo(before.replace("number = 05", "number = 06").replace("version = 1\n", ""));

        Path cleared = Files.writeString(dir.resolve("xoa.txt"), "[assessment]\n", StandardCharsets.UTF_8);
        assertThat(atr("draft", "--db", db, "--year", "2023", "--file", cleared.toString()).exit()).isZero();
        assertThat(StoreTestSupport.count(Path.of(db), "SELECT count(*) FROM report_draft WHERE assessment IS NULL"
                + " AND doc_number = '06' AND signer_name = 'Nguyễn Văn Minh'")).as("named and empty: cleared").isEqualTo(1);
    }

    /**
     * Two compilers each print the draft and add their part: the second file, printed before the first was loaded,
     * would put back the first one's section as printed (empty); it is refused, naming the versions, and nothing
     * changes. Printed again, it carries the new version and loads.
     */
    @Test
    void aFilePrintedBeforeAnotherSaveIsRefusedRatherThanUndoingIt() throws Exception {
        String db = dir.resolve("two.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
        String printed = atr("draft", "--db", db, "--period", "2023").out();
        assertThat(printed).contains("version = 1\n");
        Path hoa = withPart(printed, "situation", "Phần của Hoa.", "hoa.txt");
        Path minh = withPart(printed, "tasks", "Phần của Minh.", "minh.txt");
        assertThat(atr("draft", "--db", db, "--period", "2023", "--file", hoa.toString()).exit()).isZero();
        String digest = StoreTestSupport.digest(Path.of(db));
        CliTest.Run late = atr("draft", "--db", db, "--period", "2023", "--file", minh.toString());
        assertThat(late.exit()).isNotZero();
        assertThat(late.err()).contains("đã được lưu lại sau khi tệp này được in (tệp in từ phiên bản 1, nay là phiên bản 2)",
                "In lại bằng atr draft");
        assertThat(StoreTestSupport.digest(Path.of(db))).isEqualTo(digest);
        String again = atr("draft", "--db", db, "--period", "2023").out();
        Path minh2 = withPart(again, "tasks", "Phần của Minh.", "minh2.txt");
        assertThat(atr("draft", "--db", db, "--period", "2023", "--file", minh2.toString()).exit()).isZero();
        assertThat(atr("draft", "--db", db, "--period", "2023").out()).contains("Phần của Hoa.", "Phần của Minh.");

        // a period with no draft yet: both print version 0, the first load makes version 1, the second is refused
        String fresh = atr("draft", "--db", db, "--period", "2024-H1").out();
        assertThat(fresh).contains("version = 0\n");
        Path first = withPart(fresh, "situation", "Hoa.", "dau.txt");
        Path second = withPart(fresh, "tasks", "Minh.", "sau.txt");
        assertThat(atr("draft", "--db", db, "--period", "2024-H1", "--file", first.toString()).exit()).isZero();
        CliTest.Run refused = atr("draft", "--db", db, "--period", "2024-H1", "--file", second.toString());
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("tệp in từ phiên bản 0, nay là phiên bản 1");
        assertThat(atr("draft", "--db", db, "--period", "2024-H1").out()).contains("[situation]\nHoa.");
    }

    /** A printed draft with {@code text} written under {@code section}, saved as {@code name}. */
    private Path withPart(String printed, String section, String text, String name) throws Exception {
        return Files.writeString(dir.resolve(name), printed.replace("[" + section + "]\n", "[" + section + "]\n" + text
                + "\n"), StandardCharsets.UTF_8);
    }

    @Test
    void periodsHoldingTheRecordsOfClearlyDifferentNumbersOfUnitsAreSaidBeforeSigning() throws Exception {
        String db = dir.resolve("coverage.db").toString();
        assertThat(atr("generate", "--db", db, "--year", "2025", "--units", "2", "--activities", "100", "--cases", "2")
                .exit()).isZero();
        assertThat(atr("generate", "--db", db, "--year", "2026", "--units", "10", "--activities", "300", "--cases", "3",
                "--seed", "3").exit()).isZero();
        CliTest.Run run = atr("report", "--db", db, "--year", "2026", "--docx", dir.resolve("cov.docx").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("Lưu ý khi so sánh: kỳ 15/12/2025 - 14/12/2026 có số liệu của 10 đơn vị,"
                + " kỳ so sánh 15/12/2024 - 14/12/2025 có số liệu của \\d đơn vị")
                .contains("Kỳ báo cáo và kỳ so sánh nằm ở hai phía mốc 01/07/2025");
        assertThat(atr("report", "--db", db, "--year", "2025", "--docx", dir.resolve("c25.docx").toString()).err())
                .as("nothing to compare with").doesNotContain("Lưu ý khi so sánh");
        Path early = Files.writeString(dir.resolve("ngay.txt"), "date = 01/11/2026\n", StandardCharsets.UTF_8);
        assertThat(atr("draft", "--db", db, "--year", "2026", "--file", early.toString()).exit()).isZero();
        assertThat(atr("report", "--db", db, "--year", "2026", "--docx", dir.resolve("c26.docx").toString()).err())
                .contains("báo cáo ghi ngày 01/11/2026, trước ngày chốt số liệu 14/12/2026");
    }

    @Test
    void aUnitIsNamedByItsCodeOrByItsName() throws Exception {
        String db = dir.resolve("names.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
        String byCode = atr("summary", "--db", db, "--year", "2023", "--unit", "311").out();
        CliTest.Run byName = atr("summary", "--db", db, "--year", "2023", "--unit", "huyen thuy nguyen");
        assertThat(byName.exit()).as(byName.err()).isZero();
        assertThat(byName.out()).as("marks, capitals and the kind left out").isEqualTo(byCode);
        assertThat(byName.err()).as("the unit found is said").contains("Đơn vị: Huyện Thủy Nguyên (311)");
        assertThat(atr("summary", "--db", db, "--year", "2023", "--unit", "hong").err())
                .as("a part of a name is not a name ('Xã Thượng Hồng' is not chosen): the names that hold it are offered")
                .contains("Không có đơn vị nào tên đúng là \"hong\"", "có phải", "Hồng Bàng (");
        CliTest.Run both = atr("summary", "--db", db, "--year", "2023", "--unit", "Hồng Bàng");
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.err()).contains("Có nhiều đơn vị tên \"Hồng Bàng\"", "Quận Hồng Bàng (303)", "Hãy ghi mã");
        assertThat(atr("summary", "--db", db, "--year", "2023", "--unit", "Không Có").err())
                .contains("Không có đơn vị nào tên \"Không Có\"", "atr units");
        assertThat(atr("summary", "--db", db, "--year", "2023", "--unit", "999").err())
                .as("a code no unit has").contains("Không có đơn vị hành chính mã 999");
    }

    @Test
    void aUnitsExtractHasItsOwnFiguresNeverTheCitysNumberDateOrText() throws Exception {
        String db = dir.resolve("s.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero(); // the sample's 2023 draft: number 05, its narrative
        Path docx = dir.resolve("311.docx");
        CliTest.Run run = atr("report", "--db", db, "--year", "2023", "--unit", "311", "--docx", docx.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).as("what it is, and that its marks are filled in by hand, is said")
                .contains("Đây là bản trích số liệu của Huyện Thủy Nguyên", "số và ngày in thành dòng đánh dấu");
        String text = docxText(docx);
        assertThat(text).contains("(Huyện Thủy Nguyên)").doesNotContain("Số: 05/BC-")
                .doesNotContain("cơ bản được kiểm soát"); // the city's situation, in the sample's draft
        // the unit's activities are its agencies', not the Department's
        assertThat(text).contains("Năm 2023, các cơ quan, đơn vị trên địa bàn huyện Thủy Nguyên đã",
                        "các lực lượng chức năng trên địa bàn huyện Thủy Nguyên đã phát hiện 1 vụ mua bán người")
                .doesNotContain("Sở Lao động - Thương binh và Xã hội đã phối hợp");
        assertThat(run.out()).as("311 is not this store's own unit").doesNotContain("bỏ --unit");
        // the store's own unit as --unit: the agency's report is the one without it
        CliTest.Run own = atr("agency", "--db", db, "--unit", "10305012");
        assertThat(own.exit()).as(own.err()).isZero();
        assertThat(atr("report", "--db", db, "--year", "2023", "--unit", "10305012", "--docx", docx.toString()).out())
                .contains("Phường Lê Chân là đơn vị của tệp dữ liệu này: bỏ --unit để in báo cáo của cơ quan");
    }

    @Test
    void badPeriodsAndBadDraftFilesAreRefusedWithAReason() throws Exception {
        String db = dir.resolve("s.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
        String out = dir.resolve("bc.docx").toString();
        CliTest.Run backwards = atr("report", "--db", db, "--from", "15/12/2023", "--to", "14/12/2022", "--docx", out);
        assertThat(backwards.exit()).isEqualTo(1);
        assertThat(backwards.err()).contains("14/12/2022").contains("trước ngày bắt đầu");
        CliTest.Run impossible = atr("report", "--db", db, "--from", "15/12/2022", "--to", "31/11/2023", "--docx", out);
        assertThat(impossible.exit()).isEqualTo(1);
        assertThat(impossible.err()).contains("31/11/2023");
        assertThat(Files.exists(Path.of(out))).isFalse();
        assertThat(atr("report", "--db", db, "--year", "2023").exit()).isEqualTo(2);
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "number = 7\n[opinions]\nx\n", StandardCharsets.UTF_8);
        String before = StoreTestSupport.digest(Path.of(db));
        CliTest.Run refused = atr("draft", "--db", db, "--year", "2023", "--file", bad.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("dòng 2").contains("[opinions]");
        assertThat(StoreTestSupport.digest(Path.of(db))).isEqualTo(before);
    }

    @Test
    void theSameFileTwiceIsRefusedBeforeAnythingIsWritten() throws Exception {
        String db = dir.resolve("s.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
        Path same = dir.resolve("bc.docx");
        CliTest.Run run = atr("report", "--db", db, "--year", "2023", "--docx", same.toString(), "--xlsx",
                dir.resolve(".").resolve("bc.docx").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--docx và --xlsx phải là hai tệp khác nhau");
        assertThat(Files.exists(same)).isFalse();
    }

    @Test
    void submitFreezesTheReportAndReopenRecomputes() throws Exception {
        String db = dir.resolve("s.db").toString();
        assertThat(atr("sample", "--db", db).exit()).isZero();
        CliTest.Run submit = atr("draft", "--db", db, "--year", "2023", "--submit");
        assertThat(submit.exit()).as(submit.err()).isZero();
        assertThat(submit.err()).as("the sample's draft is complete: no gap to warn of").doesNotContain("chưa viết");
        assertThat(submit.out()).contains("Đã nộp báo cáo kỳ 15/12/2022 - 14/12/2023");
        assertThat(atr("draft", "--db", db, "--year", "2023").out()).contains("status = submitted");

        Path draft = dir.resolve("draft.txt");
        Files.writeString(draft, "number = 09\n", StandardCharsets.UTF_8);
        String before = StoreTestSupport.digest(Path.of(db));
        CliTest.Run refused = atr("draft", "--db", db, "--year", "2023", "--file", draft.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).startsWith("atr: ").contains("đã nộp", "--reopen");
        assertThat(StoreTestSupport.digest(Path.of(db))).isEqualTo(before);
        assertThat(atr("draft", "--db", db, "--year", "2023", "--submit", "--reopen").exit()).isEqualTo(2);

        Path docx = dir.resolve("bc.docx");
        CliTest.Run report = atr("report", "--db", db, "--year", "2023", "--docx", docx.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).contains("đã nộp ngày", "số liệu chốt khi nộp")
                .as("a store without users names no one").doesNotContain("(local)").doesNotContain("chưa nộp");

        CliTest.Run reopen = atr("draft", "--db", db, "--year", "2023", "--reopen");
        assertThat(reopen.exit()).as(reopen.err()).isZero();
        assertThat(reopen.out()).contains("Đã mở lại báo cáo kỳ");
        CliTest.Run again = atr("report", "--db", db, "--year", "2023", "--docx", docx.toString());
        assertThat(again.out()).doesNotContain("đã nộp ngày")
                .contains("chưa nộp: đầu trang 1 của bản Word ghi \"DỰ THẢO\"", "atr draft --db " + db + " --period 2023 --submit");
        CliTest.Run extract = atr("report", "--db", db, "--year", "2023", "--unit", "31", "--docx", docx.toString());
        assertThat(extract.out()).as("a unit's extract is never submitted").doesNotContain("chưa nộp")
                .contains("Đây là bản trích số liệu của");
        assertThat(extract.err()).as("no draft to write for an extract").doesNotContain("atr draft");
        assertThat(atr("draft", "--db", db, "--year", "2023", "--file", draft.toString()).exit()).isZero();
    }
}
