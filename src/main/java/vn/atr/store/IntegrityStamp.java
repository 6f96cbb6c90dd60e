package vn.atr.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What ATR knew of a store file when it last closed it cleanly (docs/decisions/0191-integrity-check-bounded-at-size.md):
 * the file as it was left (path, size, modification time, file key, SQLite's 100-byte header) and when it was last
 * checked in full with {@code PRAGMA quick_check}. A large store that still matches, with no write-ahead log left and
 * a full check less than {@link #FULL_CHECK_EVERY} ago, is opened without reading every page again: on a national
 * store of 1.9 GB that read is two seconds of every command. Anything else (a small store, a crash, a copy, a restore,
 * another program's write, a day gone by) gets the full check, as every open did before.
 */
record IntegrityStamp(Map<String, String> file, Instant lastFullCheck) {
    /** Below this size every open reads the whole file (under 40 ms here): a ward's store always is. */
    static final long ALWAYS_CHECK_BELOW = 32L * 1024 * 1024;
    static final Duration FULL_CHECK_EVERY = Duration.ofHours(24);
    private static final String MAGIC = "atr-integrity-stamp 1";
    private static final String CHECKED = "lastFullCheck";
    private static final int HEADER_BYTES = 100;

    IntegrityStamp {
        file = Map.copyOf(file);
    }

    /**
     * The stamp of {@code store} as it is on disk now; empty for a store checked in full at every open anyway (no
     * stamp written, no lock-file write on every command) or when it cannot be read (then nothing is skipped).
     */
    static Optional<IntegrityStamp> of(Path store, Instant lastFullCheck) {
        try {
            if (Files.size(store) < threshold()) {
                return Optional.empty();
            }
            return Optional.of(new IntegrityStamp(describe(store), lastFullCheck));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether an open may skip the full check: the store is large, ATR closed it cleanly after a full check less than
     * a day ago, and nothing about the file has changed since.
     */
    static boolean maySkipFullCheck(Path store, Optional<IntegrityStamp> stamp, Instant now) {
        if (stamp.isEmpty()) {
            return false;
        }
        try {
            Path wal = Path.of(store + "-wal");
            if (Files.size(store) < threshold() || (Files.exists(wal) && Files.size(wal) > 0)) {
                return false; // small, or a log left by a crash or by another program: read it all
            }
            Instant last = stamp.get().lastFullCheck();
            return !last.isAfter(now) && Duration.between(last, now).compareTo(FULL_CHECK_EVERY) < 0
                    && stamp.get().file().equals(describe(store));
        } catch (IOException e) {
            return false;
        }
    }

    /** The stamp as text (kept in the store's lock file, {@link StoreLock}). */
    String text() {
        StringBuilder s = new StringBuilder(MAGIC).append('\n');
        file.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> s.append(e.getKey()).append('=').append(e.getValue()).append('\n'));
        return s.append(CHECKED).append('=').append(lastFullCheck).append('\n').toString();
    }

    /** Reads {@link #text()}; anything else (an empty lock file, an older ATR's, a damaged one) gives empty. */
    static Optional<IntegrityStamp> parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 2 || !lines[0].equals(MAGIC)) {
            return Optional.empty();
        }
        Map<String, String> file = new LinkedHashMap<>();
        Instant checked = null;
        try {
            for (int i = 1; i < lines.length; i++) {
                int eq = lines[i].indexOf('=');
                if (eq <= 0) {
                    return Optional.empty();
                }
                String key = lines[i].substring(0, eq);
                String value = lines[i].substring(eq + 1);
                if (key.equals(CHECKED)) {
                    checked = Instant.parse(value);
                } else {
                    file.put(key, value);
                }
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return checked == null || file.isEmpty() ? Optional.empty() : Optional.of(new IntegrityStamp(file, checked));
    }

    private static Map<String, String> describe(Path store) throws IOException {
        BasicFileAttributes a = Files.readAttributes(store, BasicFileAttributes.class);
        byte[] header = new byte[HEADER_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(store)) {
            n = in.readNBytes(header, 0, HEADER_BYTES);
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("path", store.toAbsolutePath().toString().replace('\n', ' '));
        m.put("size", Long.toString(a.size()));
        m.put("modified", a.lastModifiedTime().toInstant().toString());
        m.put("fileKey", String.valueOf(a.fileKey()).replace('\n', ' ')); // "null" on Windows: path and time remain
        m.put("header", HexFormat.of().formatHex(header, 0, n));
        return m;
    }

    /** {@link #ALWAYS_CHECK_BELOW}, or {@code -Datr.store.alwaysCheckBelow=BYTES} (tests use small stores). */
    private static long threshold() {
        String given = System.getProperty("atr.store.alwaysCheckBelow");
        try {
            return given == null ? ALWAYS_CHECK_BELOW : Long.parseLong(given);
        } catch (NumberFormatException e) {
            return ALWAYS_CHECK_BELOW;
        }
    }

    static byte[] bytes(IntegrityStamp s) {
        return s.text().getBytes(StandardCharsets.UTF_8);
    }
}
