package vn.atr.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.domain.access.Permission;
import vn.atr.store.Database;
import vn.atr.store.StoreCopy;
import vn.atr.store.StoreLocation;
import vn.atr.store.SummaryQuery;

/**
 * Moving a whole store to another engine (a SQLite file into a PostgreSQL database, or back): ADR 0102.
 * One transaction on the target; then both sides' summaries and row counts, which must be equal.
 */
public final class StoreCopyService {
    /** Every date a record can carry: the summary compared is the store's whole content. */
    public static final ReportPeriod EVERYTHING = new ReportPeriod(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));

    private final Database db;
    private final Supplier<Session> session;

    StoreCopyService(Database db, Supplier<Session> session) {
        this.db = db;
        this.session = session;
    }

    /** What was copied, and the figures of both sides. */
    public record Result(String from, String to, Map<String, Long> copied, Summary sourceSummary,
                         Summary targetSummary, Map<String, Long> sourceCounts, Map<String, Long> targetCounts) {
        /** True when the target shows exactly the source's figures and holds as many rows in every table. */
        public boolean verified() {
            return sourceSummary.equals(targetSummary) && sourceCounts.equals(targetCounts);
        }
    }

    /** Copies this store into {@code target} (created or migrated first; it must hold no records). Administrator. */
    public Result copyTo(String address) {
        StoreLocation target = StoreLocation.parse(address);
        session.get().require(Permission.BACKUP); // the whole store, identities included: as a backup
        if (target.equals(db.location())) {
            throw new ServiceException(Messages.get("copy.sameStore", target));
        }
        try (Database to = Database.open(target)) {
            Map<String, Long> copied = StoreCopy.copy(db, to);
            return new Result(db.location().toString(), target.toString(), copied,
                    new SummaryQuery(db).summary(EVERYTHING, Optional.empty()),
                    new SummaryQuery(to).summary(EVERYTHING, Optional.empty()),
                    StoreCopy.counts(db), StoreCopy.counts(to));
        }
    }
}
