package vn.atr.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Bookkeeping every stored record carries so that offline copies can be merged:
 * a globally unique id created where the record is first entered, who changed it last and when,
 * a version incremented on each change, and a soft-delete flag so deletions travel in packages.
 */
public record Meta(String id, Instant createdAt, Instant updatedAt, String updatedBy, long version, boolean deleted) {

    public Meta {
        Objects.requireNonNull(id, "id");
    }

    /** Meta for a record that is being entered now and has never been stored. */
    public static Meta fresh(String author) {
        Instant now = Instant.now();
        return new Meta(Ids.newId(), now, now, author, 0, false);
    }

    /** Meta with a known id (for example from a sample file), not stored yet. */
    public static Meta fresh(String id, String author) {
        Instant now = Instant.now();
        return new Meta(id, now, now, author, 0, false);
    }

    public boolean isNew() {
        return version == 0;
    }
}
