package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.atr.format.AtomicFiles;
import vn.atr.format.DiskFault;
import vn.atr.store.StoreTestSupport;

/**
 * A full disk or a read-only folder while writing a report, a data package or a backup: exit 1 with
 * one Vietnamese line naming the file and the reason, the store's content unchanged (no audit entry,
 * no new installation id), the previous file of that name byte for byte as it was, no temporary file
 * left. The disk problems are injected where the OS would raise them ({@link DiskFault}); the folder
 * that is a regular file and the chmod case are real.
 */
class DiskProblemsTest {
    @TempDir
    static Path dir;
    static Path db;
    static Path password;

    @BeforeAll
    static void store() throws Exception {
        db = dir.resolve("atr.db");
        assertThat(atr("sample", "--db", db.toString()).exit()).isZero();
        password = Files.writeString(dir.resolve("pw.txt"), "mật khẩu sao lưu\n");
    }

    /** Each output command, with {@code OUT} standing for the file it writes. */
    static Stream<Arguments> outputs() {
        List<Arguments> all = new ArrayList<>();
        String[][] commands = {
            {"report.docx", "report", "--year", "2023", "--docx", "OUT"},
            {"phu-luc.xlsx", "report", "--year", "2023", "--xlsx", "OUT"},
            {"goi.atrpkg", "export", "--year", "2023", "--out", "OUT"},
            {"sao-luu.db", "backup", "--out", "OUT"},
            {"sao-luu.atrbak", "backup", "--out", "OUT", "--backup-password-file", "PW"},
        };
        for (String[] c : commands) {
            all.add(Arguments.of("full disk", c, "ổ đĩa đã đầy"));
            all.add(Arguments.of("read-only folder", c, "thư mục chỉ đọc"));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("outputs")
    void outputFailsCleanly(String problem, String[] command, String reason) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(problem.replace(' ', '-') + "-" + command[0]));
        DiskFault fault = problem.equals("full disk") ? DiskFault.fullAfter(folder, 4096) : DiskFault.readOnlyFolder(folder);
        Path out = folder.resolve(command[0]);
        byte[] previous = ("bản trước của " + command[0]).getBytes(StandardCharsets.UTF_8);
        Files.write(out, previous);
        String before = StoreTestSupport.digest(db);

        CliTest.Run run;
        try (AtomicFiles.Injection ignored = AtomicFiles.inject(fault)) {
            run = atr(args(command, out));
        }

        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        String line = run.err().strip();
        assertThat(line).doesNotContain("\n").startsWith("atr: Không ghi được tệp ")
                .contains(out.getFileName().toString()).contains(reason);
        assertThat(Files.readAllBytes(out)).as("previous output untouched").isEqualTo(previous);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).as("no temporary file left").containsExactly(out);
        }
        assertThat(StoreTestSupport.digest(db)).as("store unchanged").isEqualTo(before);

        CliTest.Run again = atr(args(command, out)); // the same command works once the disk is fine
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(Files.readAllBytes(out)).isNotEqualTo(previous);
    }

    @Test
    void folderThatIsAFileIsRefusedForEveryOutput() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("la-tep"), "không phải thư mục");
        String before = StoreTestSupport.digest(db);
        for (String[] c : outputs().map(a -> (String[]) a.get()[1]).distinct().toList()) {
            CliTest.Run run = atr(args(c, notAFolder.resolve(c[0])));
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err().strip()).doesNotContain("\n").contains(c[0]).contains("không phải là thư mục");
        }
        assertThat(Files.readString(notAFolder)).isEqualTo("không phải thư mục");
        assertThat(StoreTestSupport.digest(db)).isEqualTo(before);
    }

    /**
     * A folder the operating system will not let ATR write into: read-only by its permissions, or, for root (whom
     * permissions do not stop, as in CI), made immutable with {@code chattr +i}, which stops root too.
     */
    @Test
    void realReadOnlyFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("chi-doc"));
        Path out = Files.writeString(folder.resolve("report.docx"), "cũ");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean immutable = Files.isWritable(folder);
        try {
            if (immutable) {
                assertThat(chattr("+i", folder)).as("chattr +i on " + folder).isZero();
            }
            CliTest.Run run = atr("report", "--db", db.toString(), "--year", "2023", "--docx", out.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("report.docx").contains("thư mục chỉ đọc");
            assertThat(Files.readString(out)).isEqualTo("cũ");
            assertThat(folder.toFile().list()).containsExactly("report.docx"); // no temporary file left
        } finally {
            if (immutable) {
                chattr("-i", folder);
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static int chattr(String flag, Path folder) throws Exception {
        return new ProcessBuilder("chattr", flag, folder.toString()).inheritIO().start().waitFor();
    }

    private static String[] args(String[] command, Path out) {
        List<String> args = new ArrayList<>(List.of(command[1], "--db", db.toString()));
        for (int i = 2; i < command.length; i++) {
            args.add(switch (command[i]) {
                case "OUT" -> out.toString();
                case "PW" -> password.toString();
                default -> command[i];
            });
        }
        return args.toArray(String[]::new);
    }
}
