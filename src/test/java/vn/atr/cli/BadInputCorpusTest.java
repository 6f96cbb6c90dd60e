package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atr.cli.CliTest.atr;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.atr.domain.AtrException;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.backup.BackupService;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/}, described row by row in its
 * {@code manifest.csv}): every file goes through its entry point twice, as the command line (in-process
 * {@link AtrCli}) and as the service the UI calls. Each must be refused: exit code 1 and one line of
 * Vietnamese on stderr containing the manifest's expected fragment (which names the field, row or reason),
 * the same reason from the service as an {@link AtrException}, and the store's content (digest of every
 * table) identical before and after.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final ReportPeriod YEAR = ReportPeriod.ofYear(2023);

    @TempDir
    static Path shared;
    static Path template;

    @TempDir
    Path dir;

    record Case(String file, String entry, String expected) {
        @Override
        public String toString() {
            return file + " -> " + entry;
        }
    }

    @BeforeAll
    static void storeWithData() {
        template = shared.resolve("template.db");
        CliTest.Run run = atr("sample", "--db", template.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        // The corpus packages are unsigned (written before packages were signed): their installation is
        // approved once, so each is refused for its own defect, not for an unknown sender.
        try (Services s = Services.open(template)) {
            vn.atr.service.exchange.TrustFixtures.trustSenderOf(s, CORPUS.resolve("pkg-negative-participants.atrpkg"));
        }
    }

    static List<Case> manifest() throws IOException {
        try (Reader in = Files.newBufferedReader(CORPUS.resolve("manifest.csv"), StandardCharsets.UTF_8)) {
            List<Case> cases = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                    .get().parse(in)) {
                cases.add(new Case(r.get("file"), r.get("entry"), r.get("expected")));
            }
            return cases;
        }
    }

    @Test
    void theCorpusHasAtLeastFortyFilesAndEachIsInTheManifest() throws IOException {
        List<String> described = manifest().stream().map(Case::file).distinct().toList();
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> present = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("manifest.csv"))
                    .filter(n -> !n.equals("README.md")).sorted().toList();
            assertThat(present).hasSizeGreaterThanOrEqualTo(40).containsExactlyInAnyOrderElementsOf(described);
        }
        assertThat(manifest()).allSatisfy(c -> assertThat(c.expected()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void refusedWithAClearMessageAndTheStoreUnchanged(Case c) throws Exception {
        Path db = Files.copy(template, dir.resolve("atr.db"));
        Path input = Files.copy(CORPUS.resolve(c.file()), dir.resolve(c.file()));
        byte[] inputBytes = Files.readAllBytes(input);
        String before = contentDigest(c, db);

        CliTest.Run run = atr(cliArgs(c, db, input));
        assertThat(run.exit()).as("exit code; stdout: %s", run.out()).isEqualTo(1);
        String line = run.err().strip();
        assertThat(line).doesNotContain("\n").startsWith("atr: ").doesNotContain("lỗi không mong muốn")
                .matches("(?s).*[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐ].*");
        // import-xlsx lists every bad cell (sheet, row, column, reason) on stdout before its one-line refusal
        assertThat(c.entry().equals("import-xlsx") ? line + "\n" + run.out() : line).contains(c.expected());
        assertThat(contentDigest(c, db)).as("store after the command").isEqualTo(before);

        if (c.entry().equals("import-xlsx")) {
            assertThat(xlsxRefusal(db, input)).contains(c.expected());
        } else {
            assertThatThrownBy(() -> service(c).accept(new Paths(db, input)))
                    .isInstanceOf(AtrException.class).hasMessageContaining(c.expected());
        }
        assertThat(contentDigest(c, db)).as("store after the service").isEqualTo(before);
        if (c.entry().startsWith("import")) {
            assertThat(StoreTestSupport.count(db, "SELECT count(*) FROM audit_log WHERE action = 'import.refused'"))
                    .as("refused imports, command and service").isEqualTo(2);
        }
        assertThat(Files.readAllBytes(input)).as("the bad file itself is never written to").isEqualTo(inputBytes);
    }

    record Paths(Path db, Path input) {
    }

    /**
     * The store's content: every table, except that a refused import (package or workbook) adds its own
     * audit entry (ADR 0030 addendum), so for those only the records are compared.
     */
    private static String contentDigest(Case c, Path db) throws Exception {
        return c.entry().startsWith("import") ? StoreTestSupport.recordsDigest(db) : StoreTestSupport.digest(db);
    }

    /** The Excel import refuses a bad file with an exception, or bad cells with problems and nothing written. */
    private static String xlsxRefusal(Path db, Path input) {
        try (Services s = Services.open(db)) {
            var result = s.xlsx().importFile(input, false, false);
            assertThat(result.written()).isFalse();
            assertThat(result.problems()).isNotEmpty();
            return result.problems().stream().map(Object::toString).collect(java.util.stream.Collectors.joining("\n"));
        } catch (AtrException e) {
            return e.getMessage();
        }
    }

    private String[] cliArgs(Case c, Path db, Path input) throws IOException {
        String entry = c.entry();
        if (entry.startsWith("sample:")) {
            return new String[] {"sample", "--db", db.toString(), "--dir", sampleDir(entry, input).toString()};
        }
        return switch (entry) {
            case "import" -> new String[] {"import", "--db", db.toString(), input.toString()};
            case "import-xlsx" -> new String[] {"import-xlsx", "--db", db.toString(), input.toString()};
            case "draft" -> new String[] {"draft", "--db", db.toString(), "--year", "2023", "--file", input.toString()};
            case "restore" -> new String[] {"restore", input.toString(), "--db", db.toString(), "--yes"};
            case "open" -> new String[] {"summary", "--db", input.toString(), "--year", "2023"};
            default -> throw new IllegalArgumentException("unknown entry point " + entry);
        };
    }

    private ThrowingConsumer<Paths> service(Case c) {
        String entry = c.entry();
        if (entry.startsWith("sample:")) {
            return p -> {
                Path folder = sampleDir(entry, p.input());
                try (Services s = Services.open(p.db())) {
                    s.sample().loadFolder(folder);
                }
            };
        }
        return switch (entry) {
            case "import" -> p -> {
                try (Services s = Services.open(p.db())) {
                    s.exchange().apply(s.exchange().plan(p.input(), null));
                }
            };
            case "draft" -> p -> {
                try (Services s = Services.open(p.db())) {
                    s.report().drafts().importFile(YEAR, p.input());
                }
            };
            case "restore" -> p -> BackupService.restore(p.input(), p.db(), null, () -> null);
            case "open" -> p -> Services.open(p.input()).close();
            default -> throw new IllegalArgumentException("unknown entry point " + entry);
        };
    }

    /** A copy of the sample folder with the one file named after "sample:" replaced by the corpus file. */
    private Path sampleDir(String entry, Path input) throws IOException {
        Path folder = dir.resolve("mau");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(Path.of("samples/haiphong-2023"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, folder.resolve(f.getFileName()));
                }
            }
        }
        Files.copy(input, folder.resolve(entry.substring("sample:".length())), StandardCopyOption.REPLACE_EXISTING);
        return folder;
    }
}
