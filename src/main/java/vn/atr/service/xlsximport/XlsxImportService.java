package vn.atr.service.xlsximport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.atr.domain.Messages;
import vn.atr.domain.access.Permission;
import vn.atr.security.Sha256;
import vn.atr.format.xlsx.XlsxStreamReader;
import vn.atr.store.BulkIndexes;
import vn.atr.format.xlsx.XlsxWorkbookWriter;
import vn.atr.service.Repositories;
import vn.atr.service.ServiceException;
import vn.atr.service.Session;
import vn.atr.format.AtomicFiles;
import vn.atr.store.AgeBandRepository;
import vn.atr.store.Database;
import vn.atr.store.ExchangeRepository;
import vn.atr.service.exchange.DuplicateFinder;
import vn.atr.service.exchange.ImportRefusals;

/**
 * Excel template and import (ADR 0031): writes the fillable workbook, and reads a
 * filled one back streaming, reporting every invalid cell; stores the rows in one transaction only
 * when all are valid, or, when asked, only the valid ones. Writing records needs the record-write
 * permission and, for commune staff, rows of their own unit (the same rule as the entry forms).
 */
public final class XlsxImportService {
    /** Where imports of workbooks are recorded among the package imports (a file imported twice is recognised). */
    static final String SOURCE = "xlsx";
    /** Above this many new cases and victims the duplicate search (a scan per record) is skipped. */
    private static final int DUPLICATE_SEARCH_LIMIT = 500;

    private final Database db;
    private final Repositories repos;
    private final Supplier<Session> session;
    private final ExchangeRepository exchange;
    private final ImportRefusals refusals;
    private final AgeBandRepository ageBands;

    public XlsxImportService(Database db, Repositories repos, Supplier<Session> session) {
        this.db = db;
        this.repos = repos;
        this.session = session;
        this.exchange = new ExchangeRepository(db);
        this.refusals = new ImportRefusals(db);
        this.ageBands = new AgeBandRepository(db);
    }

    /** Writes the empty fillable workbook, its lists taken from this store's reference data. */
    public void writeTemplate(Path out) {
        writeWorkbook(out, Map.of());
    }

    /**
     * The template with rows already filled in (benchmarks, tests, a commune's first workbook): per sheet
     * key ("activities", "metrics", "cases", "victims", "support"), rows of cell values in template column
     * order (String, Number or LocalDate).
     */
    public void writeWorkbook(Path out, Map<String, Iterator<List<Object>>> rows) {
        Session s = session.get();
        s.require(Permission.RECORD_READ);
        XlsxLayout layout = new XlsxLayout(repos, ageBands.list(), s::mayTouchUnit);
        AtomicFiles.write(out, stream -> XlsxWorkbookWriter.write(stream, layout.sheets(), layout.texts(), rows));
    }

    /**
     * Reads {@code file} and, unless {@code dryRun}, stores its rows in one transaction: all of them when
     * every row is valid, only the valid ones when {@code validOnly}, none otherwise (the store is then
     * unchanged and the result lists every problem). A refused import (problems without {@code validOnly},
     * an unreadable file, a write that failed) is recorded in the audit log after any rollback.
     */
    public XlsxImportResult importFile(Path file, boolean dryRun, boolean validOnly) {
        Session s = session.get();
        s.require(Permission.RECORD_WRITE);
        if (dryRun) {
            return read(s, file, true, validOnly);
        }
        return refusals.audited(s, "workbook", file, () -> read(s, file, false, validOnly));
    }

    private XlsxImportResult read(Session s, Path file, boolean dryRun, boolean validOnly) {
        if (!Files.isRegularFile(file)) {
            throw new ServiceException(Messages.get("xlsx.fileMissing", file));
        }
        String name = file.getFileName().toString();
        XlsxLayout layout = new XlsxLayout(repos, ageBands.list());
        List<XlsxProblem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        FileHash hash = new FileHash(file);
        XlsxRecords records = new XlsxRecords(layout, s, s.userName(), repos);
        XlsxSink sink = new XlsxSink(layout, records, problems, warnings);
        if (dryRun) {
            return readAll(s, file, hash, records, sink, problems, warnings, null, false);
        }
        // One transaction from the first row written while reading (ADR 0175) to the audit entry; a refused
        // workbook rolls it all back and is then recorded as refused.
        try {
            // A large workbook is written as a merge is: a larger page cache, and the activities' indexes built
            // once at the end when it brings many rows against those stored (ADR 0165, 0186).
            return db.inBulkTransaction(() -> {
                BulkIndexes indexes = repos.activities().bulkIndexes();
                XlsxImportResult r = readAll(s, file, hash, records, sink, problems, warnings, indexes, validOnly);
                if (!r.written()) {
                    throw new NotWritten(r);
                }
                String detail = records.added() + " added, " + records.updated() + " updated, " + records.unchanged()
                        + " unchanged" + (problems.isEmpty() ? "" : ", " + problems.size()
                        + " invalid cells skipped (--valid-only)");
                records.write(s.userName());
                indexes.restore();
                exchange.recordImport(name, hash.hex, SOURCE, s.userName(), detail);
                db.audit().append(s.userName(), "import.xlsx", "workbook", name, null, null,
                        detail + ", sha256 " + hash.hex);
                return r;
            });
        } catch (NotWritten n) {
            if (!problems.isEmpty() && !(validOnly && XlsxImportResult.rowsOnly(problems))) {
                refusals.record(s, "workbook", name, hash.hex, problems.size()
                        + " invalid cells, nothing written; first: " + problems.get(0).message(), null);
            }
            return n.result;
        }
    }

    /**
     * The file's SHA-256 and whether it was imported before: taken on the calling thread while the reader
     * thread starts on the workbook (the calling thread has nothing else to do until the first batch).
     */
    private final class FileHash {
        private final Path file;
        private String hex;
        private String seenBefore;

        FileHash(Path file) {
            this.file = file;
        }

        void take() {
            String name = file.getFileName().toString();
            try {
                hex = Sha256.hex(file);
            } catch (java.io.UncheckedIOException e) {
                throw new ServiceException(Messages.get("exchange.pkg.readFailed", name, e.getCause().getMessage()),
                        e);
            }
            // The same file again is harmless (its rows match the records they made, ADR 0032): said, not refused.
            seenBefore = exchange.previousImport(hex).map(when -> Messages.get("xlsx.seenBefore", name, previousText(when)))
                    .orElse(null);
        }
    }

    /**
     * The stored record of an earlier import ("2026-12-05T00:40:37Z 13 added, 0 updated, 0 unchanged", written by
     * {@link #read}) as the user reads it: "05/12/2026 07:40:37: mới 13, cập nhật 0, không đổi 0"; as stored if not
     * of that form.
     */
    static String previousText(String stored) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\S+) (\\d+) added, (\\d+) updated, (\\d+) unchanged")
                .matcher(stored);
        if (!m.find()) {
            return stored;
        }
        try {
            return vn.atr.domain.VnFormats.dateTime(java.time.Instant.parse(m.group(1))) + ": " + Messages.get(
                    "xlsx.changes", Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), Long.parseLong(m.group(4)));
        } catch (RuntimeException notATime) {
            return stored;
        }
    }

    /** Nothing to keep: the rows written while reading are rolled back with the transaction. */
    private static final class NotWritten extends RuntimeException {
        private final transient XlsxImportResult result;

        NotWritten(XlsxImportResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    /**
     * Reads the workbook on a second thread while this one runs its store reads and, when {@code writing},
     * writes the new activities and metrics as they come (while no problem refuses the import), then links
     * and sorts the rows; the result says whether the import is to be written. {@code indexes} null: a dry run.
     */
    private XlsxImportResult readAll(Session s, Path file, FileHash hash, XlsxRecords records, XlsxSink sink,
                                     List<XlsxProblem> problems, List<String> warnings, BulkIndexes indexes,
                                     boolean validOnly) {
        boolean writing = indexes != null;
        XlsxPipeline pipeline = new XlsxPipeline();
        records.readOn(pipeline);
        if (writing) {
            // The reader thread adds the problems and asks this before handing a batch over.
            // --valid-only skips bad rows, never a sheet it could not read (a missing column)
            records.writeEarly(pipeline, s.userName(),
                    () -> problems.isEmpty() || validOnly && XlsxImportResult.rowsOnly(problems), indexes);
        }
        pipeline.run(() -> {
            XlsxStreamReader.read(file, sink);
            sink.finish();
        }, hash::take);
        String name = file.getFileName().toString();
        if (hash.seenBefore != null) {
            warnings.add(0, hash.seenBefore); // the first thing said, as before the reading was split
        }
        if (sink.dataSheets() == 0) {
            throw new ServiceException(Messages.get("xlsx.noDataSheet", name));
        }
        records.resolve();
        if (hash.seenBefore != null && records.updated() > 0) { // refused: nothing of it is written
            problems.add(0, new XlsxProblem(name, 0, null, revertRefusal(name, records.updatedRecords())));
        }
        warnings.addAll(records.repeatedRows);
        warnings.addAll(duplicateWarnings(records));
        boolean write = writing && (problems.isEmpty() || validOnly && XlsxImportResult.rowsOnly(problems))
                && records.size() > 0;
        return new XlsxImportResult(name, records.counts(), problems, warnings, write, write ? records.size() : 0,
                records.added(), records.updated(), records.unchanged());
    }

    /**
     * A file imported before is the same as it was then: any stored record its rows would change was changed since
     * (on a form, by another workbook or a package), and importing the file again would put that record back as the
     * file has it, undoing the edits unseen. Refused, naming the records, so that an older copy of a workbook is not
     * taken for the latest one (a file saved again with changes is another file: its rows are read as corrections).
     */
    private static String revertRefusal(String file, List<Object> updated) {
        List<String> labels = updated.stream().limit(REVERTED_SHOWN)
                .map(r -> vn.atr.service.exchange.ImportPlan.shown(r, "", vn.atr.service.exchange.ImportPlan.Names.CODES)
                        .label()).toList();
        return Messages.get("xlsx.revertsLaterEdits", file, updated.size(), String.join("; ", labels)
                + (updated.size() > REVERTED_SHOWN ? "; ..." : ""));
    }

    private static final int REVERTED_SHOWN = 10;

    private List<String> duplicateWarnings(XlsxRecords records) {
        List<String> warnings = new ArrayList<>();
        if (records.cases.added.size() + records.victims.added.size() <= DUPLICATE_SEARCH_LIMIT) {
            DuplicateFinder finder = new DuplicateFinder(repos);
            records.cases.added.forEach(c -> warnings.addAll(finder.likelyDuplicates(c)));
            records.victims.added.forEach(v -> warnings.addAll(finder.likelyDuplicates(v)));
        }
        return warnings;
    }
}
