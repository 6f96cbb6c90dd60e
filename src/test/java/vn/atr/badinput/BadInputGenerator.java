package vn.atr.badinput;

import static vn.atr.badinput.CorpusFiles.entries;
import static vn.atr.badinput.CorpusFiles.withFirstRecord;
import static vn.atr.badinput.CorpusFiles.withManifest;
import static vn.atr.badinput.CorpusFiles.zip;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.Services;

/**
 * Writes the binary and generated files of {@code src/test/resources/bad-input/} (the text files there
 * are written by hand or by {@link CsvCorpus}). Deterministic (fixed random seed) except the data
 * package's creation time and ids; the committed files are what the tests use, this class says how
 * they were made. Run once from the project folder:
 * {@code java -cp target/classes:target/test-classes:<deps> vn.atr.badinput.BadInputGenerator}.
 */
public final class BadInputGenerator {
    static final Path DIR = Path.of("src/test/resources/bad-input");
    private static final Random RANDOM = new Random(20261129L);

    private BadInputGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : DIR;
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("atr-corpus");
        Path good = work.resolve("good.atrpkg");
        Path store = work.resolve("src.db");
        try (Services s = Services.open(store)) {
            s.sample().loadHaiPhong2023();
            s.exchange().export(null, ReportPeriod.ofYear(2023), good, null);
            s.exchange().export(null, ReportPeriod.ofYear(2023), work.resolve("enc.atrpkg"), "mật khẩu gói 2023".toCharArray());
        }
        packages(out, good, work.resolve("enc.atrpkg"));
        CsvCorpus.write(out, Path.of("samples/haiphong-2023"));
        stores(out, store);
        workbooks(out);
        templates(out, store, work.resolve("mau.xlsx"));
        drafts(out);
        System.out.println("Wrote the bad-input corpus to " + out);
    }

    private static void packages(Path out, Path goodFile, Path encrypted) throws IOException {
        Map<String, byte[]> good = entries(goodFile);
        byte[] raw = Files.readAllBytes(goodFile);
        String act = "activity.jsonl";

        byte[] changed = good.get(act).clone();
        changed[changed.length / 2] ^= 0x01; // one byte of the data changed, the manifest's checksum kept
        Map<String, byte[]> oneByte = new LinkedHashMap<>(good);
        oneByte.put(act, changed);
        write(out, "pkg-one-byte-changed.atrpkg", zip(oneByte));

        byte[] flipped = raw.clone();
        flipped[flipped.length / 3] ^= (byte) 0xFF; // a byte of the zip itself
        write(out, "pkg-zip-byte-flipped.atrpkg", flipped);
        write(out, "pkg-truncated.atrpkg", Arrays.copyOf(raw, raw.length / 2));
        write(out, "pkg-empty.atrpkg", new byte[0]);
        write(out, "pkg-plain-text.atrpkg", "Đây không phải là gói dữ liệu, chỉ là văn bản.\n".getBytes(StandardCharsets.UTF_8));

        write(out, "pkg-dotdot-entry.atrpkg", zip(plus(good, "../../evil.jsonl", "{}")));
        write(out, "pkg-absolute-entry.atrpkg", zip(plus(good, "/etc/cron.d/evil.jsonl", "{}")));
        write(out, "pkg-backslash-entry.atrpkg", zip(plus(good, "..\\..\\evil.jsonl", "{}")));
        write(out, "pkg-unknown-entry.atrpkg", zip(plus(good, "virus.exe", "MZ")));
        write(out, "pkg-duplicate-entry.atrpkg",
                CorpusFiles.patch(zip(plus(good, "activitx.jsonl", "{}")), "activitx.jsonl", "activity.jsonl"));
        write(out, "pkg-zip-bomb.atrpkg", bomb(good));

        Map<String, byte[]> noManifest = new LinkedHashMap<>(good);
        noManifest.remove("manifest.json");
        write(out, "pkg-no-manifest.atrpkg", zip(noManifest));
        Map<String, byte[]> badManifest = new LinkedHashMap<>(good);
        badManifest.put("manifest.json", "{\"formatVersion\": 1, \"sourceUnit\": ".getBytes(StandardCharsets.UTF_8));
        write(out, "pkg-manifest-not-json.atrpkg", zip(badManifest));
        write(out, "pkg-format-version-99.atrpkg", zip(withManifest(good, m -> m.put("formatVersion", 99))));
        write(out, "pkg-manifest-wrong-types.atrpkg", zip(withManifest(good, m -> m.put("counts", "nhiều"))));
        write(out, "pkg-manifest-no-checksums.atrpkg", zip(withManifest(good, m -> m.remove("sha256"))));

        write(out, "pkg-negative-participants.atrpkg", zip(withFirstRecord(good, act, r -> r.put("participants", -5))));
        write(out, "pkg-huge-quantity.atrpkg", zip(withFirstRecord(good, act, r -> r.put("quantity", 99_999_999_999_999L))));
        write(out, "pkg-wrong-json-types.atrpkg", zip(withFirstRecord(good, act, r -> r.put("participants", "nhiều"))));
        write(out, "pkg-date-31-11-2023.atrpkg", zip(withFirstRecord(good, act, r -> r.put("startDate", "2023-11-31"))));
        write(out, "pkg-overlong-title.atrpkg", zip(withFirstRecord(good, act, r -> r.put("title", "Tuyên truyền ".repeat(400)))));
        write(out, "pkg-formula-title.atrpkg", zip(withFirstRecord(good, act,
                r -> r.put("title", "=cmd|' /C calc'!A0"))));
        write(out, "pkg-unknown-field.atrpkg", zip(withFirstRecord(good, act, r -> r.put("lenh", "rm -rf /"))));
        write(out, "pkg-bad-record-id.atrpkg", zip(withFirstRecord(good, act,
                r -> ((ObjectNode) r.get("meta")).put("id", "../../etc/passwd"))));
        Files.copy(encrypted, out.resolve("pkg-encrypted-no-password.atrpkg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** A data entry that inflates past the reader's 512 MiB limit from about half a megabyte. */
    private static byte[] bomb(Map<String, byte[]> good) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            z.putNextEntry(new ZipEntry("manifest.json"));
            z.write(good.get("manifest.json"));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("activity.jsonl"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 520; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void stores(Path out, Path goodStore) throws Exception {
        byte[] random = new byte[64 * 1024];
        RANDOM.nextBytes(random);
        write(out, "db-random-bytes.db", random);
        byte[] store = Files.readAllBytes(goodStore);
        write(out, "db-truncated-header.db", Arrays.copyOf(store, 60));
        write(out, "db-empty.db", new byte[0]);
        write(out, "db-text-file.db", "SQLite format 3 — không phải, đây là văn bản".getBytes(StandardCharsets.UTF_8));
        // A valid store with one b-tree page overwritten: the header is fine, the content is not.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + goodStore); Statement s = c.createStatement()) {
            s.executeUpdate("VACUUM INTO '" + goodStore + "-copy'");
        }
        byte[] copy = Files.readAllBytes(Path.of(goodStore + "-copy"));
        int page = 4096;
        byte[] garbage = new byte[page];
        RANDOM.nextBytes(garbage);
        System.arraycopy(garbage, 0, copy, 3 * page, page);
        write(out, "db-corrupted-page.db", copy);
        // A real SQLite file that is not an ATR store (no schema history).
        Path foreign = out.resolve("db-not-atr.db");
        Files.deleteIfExists(foreign);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA journal_mode=DELETE");
            s.executeUpdate("CREATE TABLE danh_ba (ten TEXT, so_dien_thoai TEXT)");
            s.executeUpdate("INSERT INTO danh_ba VALUES ('Nguyễn Văn A', '0900000000')");
        }
    }

    private static void workbooks(Path out) throws IOException {
        byte[] book;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Hoạt động");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Ngày");
            header.createCell(1).setCellValue("Tiêu đề");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("31/11/2023");
            row.createCell(1).setCellFormula("HYPERLINK(\"http://example.invalid\",\"bấm vào đây\")");
            wb.write(bytes);
            book = bytes.toByteArray();
        }
        write(out, "xlsx-hostile-formula.xlsx", book);
        write(out, "xlsx-truncated.xlsx", Arrays.copyOf(book, book.length / 2));
        write(out, "xlsx-not-a-workbook.xlsx", zip(Map.of("readme.txt", "không phải sổ tính".getBytes(StandardCharsets.UTF_8))));
        write(out, "xlsx-plain-text.xlsx", "Ngày,Tiêu đề\n31/11/2023,=cmd|' /C calc'!A0\n".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> traversal = new LinkedHashMap<>();
        traversal.put("../../../evil.sh", "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8)); // first, before the parts
        traversal.putAll(entries(bytesToTemp(book)));
        write(out, "xlsx-path-traversal.xlsx", zip(traversal));
    }

    /**
     * Filled copies of {@code atr template} (the workbook {@code atr import-xlsx} reads) with one bad
     * activity row each: the file is a proper workbook, the cell is not.
     */
    private static void templates(Path out, Path store, Path template) throws IOException {
        if (vn.atr.cli.AtrCli.run("template", "--db", store.toString(), "--out", template.toString()) != 0) {
            throw new IllegalStateException("atr template failed");
        }
        String[] good = {"10301008 - Phường Hồng Bàng", "Lớp tập huấn", "20/04/2023", "", "Tập huấn phòng, chống mua bán người",
            "", "", "", "Cán bộ xã", "118", "0", ""};
        filled(out, template, "xlsx-template-date-31-11-2023.xlsx", good, 2, "31/11/2023");
        filled(out, template, "xlsx-template-date-29-02-2023.xlsx", good, 2, "29/02/2023");
        filled(out, template, "xlsx-template-negative-participants.xlsx", good, 9, "-118");
        filled(out, template, "xlsx-template-huge-participants.xlsx", good, 9, "99999999999999999999");
        filled(out, template, "xlsx-template-formula-title.xlsx", good, 4, "=cmd|' /C calc'!A0");
        filled(out, template, "xlsx-template-overlong-title.xlsx", good, 4, "Tập huấn ".repeat(300));
        filled(out, template, "xlsx-template-unknown-unit.xlsx", good, 0, "99999999 - Xã không có");
    }

    private static void filled(Path out, Path template, String name, String[] row, int column, String value)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(template));
             java.io.OutputStream os = Files.newOutputStream(out.resolve(name))) {
            var sheet = wb.getSheet("Hoạt động");
            var r = sheet.createRow(1);
            for (int i = 0; i < row.length; i++) {
                r.createCell(i).setCellValue(i == column ? value : row[i]);
            }
            wb.write(os);
        }
    }

    /** Draft text files for {@code atr draft --file}: the format is in README (Annual report). */
    private static void drafts(Path out) throws IOException {
        String good = "# Nội dung báo cáo\nnumber = 05/BC-SYT\ndate = 05/01/2024\nsigner.name = Nguyễn Văn Bình\n\n"
                + "[recipients]\n- UBND thành phố;\n\n[situation]\nTình hình mua bán người trên địa bàn cơ bản ổn định.\n";
        text(out, "draft-date-31-11-2023.txt", good.replace("05/01/2024", "31/11/2023"));
        text(out, "draft-date-29-02-2023.txt", good.replace("05/01/2024", "29/02/2023"));
        text(out, "draft-unknown-key.txt", good.replace("number =", "so_van_ban ="));
        text(out, "draft-unknown-section.txt", good.replace("[situation]", "[ket-luan]"));
        text(out, "draft-bad-status.txt", good.replace("signer.name", "status = da-ky\nsigner.name"));
        text(out, "draft-no-equals.txt", good.replace("number = 05/BC-SYT", "Báo cáo số 05 của Sở"));
        text(out, "draft-overlong-section.txt", good + "Nội dung rất dài. ".repeat(4000) + "\n");
        write(out, "draft-windows-1258.txt", good.getBytes(Charset.forName("windows-1258")));
        write(out, "draft-utf16.txt", good.getBytes(StandardCharsets.UTF_16));
        byte[] binary = new byte[4096];
        RANDOM.nextBytes(binary);
        write(out, "draft-binary.txt", binary);
    }

    private static void text(Path out, String name, String content) throws IOException {
        Files.writeString(out.resolve(name), content);
    }

    private static Path bytesToTemp(byte[] bytes) throws IOException {
        Path p = Files.createTempFile("atr-corpus", ".zip");
        Files.write(p, bytes);
        return p;
    }

    private static Map<String, byte[]> plus(Map<String, byte[]> good, String name, String content) {
        Map<String, byte[]> copy = new LinkedHashMap<>(good);
        copy.put(name, content.getBytes(StandardCharsets.UTF_8));
        return copy;
    }

    static void write(Path out, String name, byte[] bytes) throws IOException {
        Files.write(out.resolve(name), bytes);
    }

    static byte[] encode(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static List<String> names(Path out) throws IOException {
        try (var files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
