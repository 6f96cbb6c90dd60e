package vn.atr.exchange.pkg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a data package: {@code manifest.json} then one {@code ENTITY.jsonl} per record kind, or, when
 * a password is given, {@code manifest.json} and {@code payload.enc} (the data entries zipped and
 * sealed). Written to a temporary file beside the target and moved into place, so a failed export
 * never leaves half a package under the real name.
 */
public final class PackageWriter {
    public static final String PAYLOAD = "payload.enc";
    static final byte[] ASSOCIATED = "atrpkg-payload-v1".getBytes(StandardCharsets.US_ASCII);

    /** {@code entities}: entity name to its JSON lines; {@code manifest} without counts or checksums yet. */
    public Manifest write(Path out, Manifest manifest, Map<String, byte[]> entities, Map<String, Long> counts,
                          char[] password) {
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
        Path dir = out.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, ".atrpkg-", ".tmp");
            try {
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    Map<String, byte[]> all = new LinkedHashMap<>();
                    all.put(Manifest.ENTRY, PackageJson.mapper().writerWithDefaultPrettyPrinter()
                            .writeValueAsBytes(full));
                    all.putAll(outer);
                    zipTo(all, os);
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new PackageException("Không ghi được gói " + out.getFileName() + ": " + e.getMessage(), e);
        }
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
        try (ZipOutputStream zip = new ZipOutputStream(os, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }
}
