package vn.atr.service.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.atr.domain.Messages;
import vn.atr.domain.Permission;
import vn.atr.exchange.pkg.PackageDigest;
import vn.atr.exchange.xlsx.XlsxStreamReader;
import vn.atr.exchange.xlsx.XlsxWorkbookWriter;
import vn.atr.service.Repositories;
import vn.atr.service.ServiceException;
import vn.atr.service.Session;
import vn.atr.store.AtomicFiles;
import vn.atr.store.Database;
import vn.atr.store.ExchangeRepository;

/**
 * Excel template and import (issue 5 item 3, ADR 0031): writes the fillable workbook, and reads a
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

    public XlsxImportService(Database db, Repositories repos, Supplier<Session> session) {
        this.db = db;
        this.repos = repos;
        this.session = session;
        this.exchange = new ExchangeRepository(db);
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
        session.get().require(Permission.RECORD_READ);
        XlsxLayout layout = new XlsxLayout(repos);
        AtomicFiles.write(out, stream -> XlsxWorkbookWriter.write(stream, layout.sheets(), layout.texts(), rows));
    }

    /**
     * Reads {@code file} and, unless {@code dryRun}, stores its rows in one transaction: all of them when
     * every row is valid, only the valid ones when {@code validOnly}, none otherwise (the store is then
     * unchanged and the result lists every problem).
     */
    public XlsxImportResult importFile(Path file, boolean dryRun, boolean validOnly) {
        Session s = session.get();
        s.require(Permission.RECORD_WRITE);
        if (!Files.isRegularFile(file)) {
            throw new ServiceException(Messages.get("xlsx.fileMissing", file));
        }
        String name = file.getFileName().toString();
        String sha256 = PackageDigest.sha256(file);
        Optional<String> previous = exchange.previousImport(sha256);
        if (previous.isPresent() && !dryRun) {
            throw new ServiceException(Messages.get("xlsx.alreadyImported", name, previous.get()));
        }
        XlsxLayout layout = new XlsxLayout(repos);
        List<XlsxProblem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        XlsxRecords records = new XlsxRecords(layout, s, s.userName(), new XlsxStore(repos));
        XlsxSink sink = new XlsxSink(layout, records, problems, warnings);
        XlsxStreamReader.read(file, sink);
        sink.finish();
        if (sink.dataSheets() == 0) {
            throw new ServiceException(Messages.get("xlsx.noDataSheet", name));
        }
        records.resolve();
        warnings.addAll(duplicateWarnings(records));
        boolean write = !dryRun && (problems.isEmpty() || validOnly) && records.size() > 0;
        if (write) {
            String detail = records.size() + " records" + (problems.isEmpty() ? "" : ", " + problems.size()
                    + " invalid cells skipped (--valid-only)");
            db.runInTransaction(() -> {
                repos.activities().insertAll(records.activities, s.userName());
                repos.metrics().insertAll(records.metrics, s.userName());
                repos.cases().insertAll(records.cases, s.userName());
                repos.victims().insertAll(records.victims, s.userName());
                repos.support().insertAll(records.support, s.userName());
                exchange.recordImport(name, sha256, SOURCE, s.userName(), detail);
                db.audit().append(s.userName(), "import.xlsx", "workbook", name, null, null, detail);
            });
        }
        return new XlsxImportResult(name, records.counts(), problems, warnings, write, write ? records.size() : 0);
    }

    private List<String> duplicateWarnings(XlsxRecords records) {
        List<String> warnings = new ArrayList<>();
        if (records.cases.size() + records.victims.size() <= DUPLICATE_SEARCH_LIMIT) {
            DuplicateFinder finder = new DuplicateFinder(repos);
            records.cases.forEach(c -> warnings.addAll(finder.likelyDuplicates(c)));
            records.victims.forEach(v -> warnings.addAll(finder.likelyDuplicates(v)));
        }
        return warnings;
    }
}
