package vn.atr.domain;

import java.util.function.Consumer;

/**
 * What opening a store is doing, for a window that would otherwise only say "opening": a large store's full
 * check takes seconds, and an upgrade of a national store minutes. Steps come on the opening thread.
 *
 * @param done the upgrade's steps begun so far (UPGRADING), else 0
 * @param total the upgrade's steps in all when known (UPGRADING), else 0
 * @param detail the kept copy's folder (COPYING), the migration's description for the log (UPGRADING), else empty
 */
public record OpenStep(Kind kind, int done, int total, String detail) {
    /** Where opening is. */
    public enum Kind {
        /** A new store file is being made. */
        CREATING,
        /** The whole file is read to check it. */
        CHECKING,
        /** The store is copied before an upgrade (the copy a failed or unwanted upgrade is undone with). */
        COPYING,
        /** The schema is being upgraded, step by step. */
        UPGRADING
    }

    /** For callers that show nothing. */
    public static final Consumer<OpenStep> IGNORED = step -> { };

    public static OpenStep of(Kind kind) {
        return new OpenStep(kind, 0, 0, "");
    }
}
