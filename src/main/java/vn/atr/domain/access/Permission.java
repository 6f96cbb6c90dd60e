package vn.atr.domain.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a role may do (ADR 0050). Services ask for a permission through the session
 * guard; the UI may hide what a role lacks, but the refusal itself happens in the service.
 */
public enum Permission {
    /** Read statistical records (no identifiers). Commune staff: their unit only. */
    RECORD_READ,
    /** Create, change, delete records. Commune staff: their unit only. */
    RECORD_WRITE,
    /** See victims' names, ID numbers, addresses, phones. */
    IDENTITY_READ,
    IDENTITY_WRITE,
    IMPORT,
    EXPORT,
    /** Put identifiers into an export (still needs the user's confirmation in that export). */
    EXPORT_IDENTIFIERS,
    REPORT,
    /** Write the report's text (the compiler's draft). */
    REPORT_DRAFT,
    DASHBOARD,
    /** Load the sample dataset or generated data into a store. */
    DATA_LOAD,
    USER_ADMIN,
    REFERENCE_ADMIN,
    /** Add, rename, reorder and retire entries of the indicator catalogue. */
    CATALOG_ADMIN,
    BACKUP,
    AUDIT_READ;

    public static Set<Permission> of(Role role) {
        return switch (role) {
            case COMMUNE_STAFF -> EnumSet.of(RECORD_READ, RECORD_WRITE, EXPORT, REPORT, DASHBOARD);
            case MANAGER -> EnumSet.of(RECORD_READ, REPORT, DASHBOARD, EXPORT);
            case COMPILER -> EnumSet.of(RECORD_READ, RECORD_WRITE, IDENTITY_READ, IDENTITY_WRITE, IMPORT, EXPORT,
                    EXPORT_IDENTIFIERS, REPORT, REPORT_DRAFT, DASHBOARD, DATA_LOAD, CATALOG_ADMIN);
            case ADMINISTRATOR -> EnumSet.allOf(Permission.class);
        };
    }

    /** Roles whose users hold the data key (wrapped by their password). */
    public static boolean holdsDataKey(Role role) {
        return of(role).contains(IDENTITY_READ);
    }
}
