package vn.atr.service.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import vn.atr.domain.AtrException;
import vn.atr.security.Sha256;
import vn.atr.store.PackageTrustRepository;
import vn.atr.service.AccessDeniedException;
import vn.atr.service.Session;
import vn.atr.store.Database;

/**
 * Refused imports of packages and workbooks in the audit log: who, which file, its SHA-256 when it can be
 * read, and the reason. The entry is appended in its own small transaction once the import's work has
 * been rolled back, so the refusal is kept while the records stay as they were.
 */
public final class ImportRefusals {
    static final String ACTION = "import.refused";

    private final Database db;
    private final PackageTrustRepository trust;

    public ImportRefusals(Database db) {
        this.db = db;
        this.trust = new PackageTrustRepository(db);
    }

    /**
     * Runs {@code work} (which opens and commits or rolls back its own transaction); a refusal it throws
     * is recorded, then thrown on. Permission refusals are not imports: the session's guard handles them.
     */
    public <T> T audited(Session s, String kind, Path file, Supplier<T> work) {
        try {
            return work.get();
        } catch (AccessDeniedException e) {
            throw e;
        } catch (AtrException e) {
            record(s, kind, file.getFileName().toString(), sha256(file), e.getMessage(), e);
            throw e;
        }
    }

    /**
     * Appends the refusal, and lists an unknown sender as pending when that was the reason; if even that
     * fails (a read-only store), the original refusal still reaches the user.
     */
    public void record(Session s, String kind, String fileName, String sha256, String reason, Exception cause) {
        try {
            db.runInTransaction(() -> {
                db.audit().append(s.userName(), ACTION, kind, fileName, null, null,
                        "sha256 " + (sha256 == null ? "-" : sha256) + ", " + reason);
                for (Throwable t = cause; t != null; t = t.getCause()) {
                    if (t instanceof UnknownSenderException u) {
                        trust.addIfAbsent(u.sender());
                    }
                }
            });
        } catch (RuntimeException auditFailed) {
            if (cause != null) {
                cause.addSuppressed(auditFailed);
            } else {
                throw auditFailed;
            }
        }
    }

    /** The file's SHA-256, or null when it cannot be read (missing, a folder, no permission). */
    static String sha256(Path file) {
        try {
            return Files.isRegularFile(file) ? Sha256.hex(file) : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
