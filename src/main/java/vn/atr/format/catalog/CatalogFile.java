package vn.atr.format.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.domain.catalog.Indicator;
import vn.atr.format.AtomicFiles;
import vn.atr.format.pkg.PackageJson;

/**
 * The catalogue as a file the Department sends to the wards ({@code atr catalog export/import}):
 * UTF-8 JSON {@code {"format": "atr-catalog", "version": 1, "entries": [...]}}, entries as in packages.
 */
public final class CatalogFile {
    public static final String FORMAT = "atr-catalog";
    public static final int VERSION = 1;

    /** The file's content; the entries are plain catalogue records. */
    public record Document(String format, int version, List<Indicator> entries) {
    }

    private CatalogFile() {
    }

    public static void write(Path target, List<Indicator> entries) {
        try {
            byte[] json = PackageJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(new Document(FORMAT, VERSION, entries));
            AtomicFiles.write(target, json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("catalogue entries are plain records", e);
        }
    }

    public static List<Indicator> read(Path file) {
        Document d;
        try {
            d = PackageJson.mapper().readValue(Files.readAllBytes(file), Document.class);
        } catch (IOException e) {
            throw new ValidationException(new Violation("catalogFile", "catalog.fileUnreadable", file.getFileName(),
                    e instanceof com.fasterxml.jackson.core.JacksonException ? PackageJson.explain(e)
                            : AtomicFiles.reason(e)));
        }
        if (!FORMAT.equals(d.format()) || d.version() != VERSION || d.entries() == null) {
            throw new ValidationException(new Violation("catalogFile", "catalog.fileFormat", file.getFileName(),
                    String.valueOf(d.format()), d.version()));
        }
        return d.entries();
    }
}
