package vn.atr.format.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.domain.catalog.AgeBandEntry;
import vn.atr.domain.catalog.Indicator;
import vn.atr.format.AtomicFiles;
import vn.atr.format.pkg.PackageJson;

/**
 * The catalogue as a file the Department sends to the wards ({@code atr catalog export/import}):
 * UTF-8 JSON {@code {"format": "atr-catalog", "version": 2, "entries": [...], "ageBands": [...]}}, entries as
 * in packages. Version 1 files (indicators only, before age bands were data) are still read, with no bands.
 */
public final class CatalogFile {
    public static final String FORMAT = "atr-catalog";
    /** 2: the victims' age bands travel too (an earlier ATR refuses the file by its version, not halfway). */
    public static final int VERSION = 2;

    /** The file's content; the entries are plain catalogue records, the bands plain age band records. */
    public record Document(String format, int version, List<Indicator> entries, List<AgeBandEntry> ageBands) {
    }

    /** What a file holds: its indicators, and its age bands (none in a version 1 file). */
    public record Contents(List<Indicator> entries, List<AgeBandEntry> ageBands) {
    }

    private CatalogFile() {
    }

    public static void write(Path target, List<Indicator> entries, List<AgeBandEntry> ageBands) {
        try {
            byte[] json = PackageJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(new Document(FORMAT, VERSION, entries, ageBands));
            AtomicFiles.write(target, json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("catalogue entries are plain records", e);
        }
    }

    public static Contents read(Path file) {
        Document d;
        try {
            d = PackageJson.mapper().readValue(Files.readAllBytes(file), Document.class);
        } catch (IOException e) {
            throw new ValidationException(new Violation("catalogFile", "catalog.fileUnreadable", file.getFileName(),
                    e instanceof com.fasterxml.jackson.core.JacksonException ? PackageJson.explain(e)
                            : AtomicFiles.reason(e)));
        }
        if (!FORMAT.equals(d.format()) || d.version() < 1 || d.version() > VERSION || d.entries() == null
                || d.version() == 1 && d.ageBands() != null) {
            throw new ValidationException(new Violation("catalogFile", "catalog.fileFormat", file.getFileName(),
                    String.valueOf(d.format()), d.version()));
        }
        return new Contents(d.entries(), d.ageBands() == null ? List.of() : d.ageBands());
    }
}
