package vn.atr.format.pkg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a data package: {@code manifest.json} then one {@code ENTITY.jsonl} per record kind, or, when
 * a password is given, {@code manifest.json} and {@code payload.enc} (the data entries zipped and
 * sealed), to the stream it is given: the service writes it through {@code store.AtomicFiles}
 * (temporary file beside the target, fsync, atomic move), so a failed export never leaves half a
 * package under the real name nor replaces the previous one.
 */
public final class PackageWriter {
    public static final String PAYLOAD = "payload.enc";
    static final byte[] ASSOCIATED = "atrpkg-payload-v1".getBytes(StandardCharsets.US_ASCII);

    /** {@code entities}: entity name to its JSON lines; {@code manifest} without counts or checksums yet. */
    public Manifest write(OutputStream out, Manifest manifest, Map<String, byte[]> entities, Map<String, Long> counts,
                          char[] password) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<String, String> sums = new LinkedHashMap<>();
        entities.forEach((entity, bytes) -> {
            entries.put(entity + ".jsonl", bytes);
            sums.put(entity + ".jsonl", PackageDigest.sha256(bytes));
        });
        Manifest full = new Manifest(manifest.formatVersion(), manifest.sourceUnit(), manifest.installationId(),
                manifest.periodFrom(), manifest.periodTo(), manifest.createdAt(), manifest.appVersion(),
                manifest.withIdentifiers(), counts, sums, null);
        Map<String, byte[]> outer = entries;
        if (password != null) {
            PackageCrypto.Sealed sealed = PackageCrypto.encrypt(zip(entries), password, ASSOCIATED);
            full = full.withEncryption(sealed.params());
            outer = Map.of(PAYLOAD, sealed.ciphertext());
        }
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(Manifest.ENTRY, PackageJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(full));
        all.putAll(outer);
        zipTo(all, out);
        return full;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            zipTo(entries, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static void zipTo(Map<String, byte[]> entries, OutputStream os) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(os, StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            zip.putNextEntry(new ZipEntry(e.getKey()));
            zip.write(e.getValue());
            zip.closeEntry();
        }
        zip.finish(); // not close(): the caller owns the stream (and closes it before the move)
    }
}
