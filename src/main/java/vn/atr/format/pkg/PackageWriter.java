package vn.atr.format.pkg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.atr.security.Ed25519;
import vn.atr.security.PasswordCipher;
import vn.atr.security.Sha256;

/**
 * Writes a data package: {@code manifest.json}, its signature {@code manifest.sig}, then one
 * {@code ENTITY.jsonl} per record kind, or, when a password is given, {@code payload.enc} (the data
 * entries zipped and sealed with the manifest as associated data) instead of them, to the stream it is
 * given: the service writes it through {@code format.AtomicFiles} (temporary file beside the target,
 * fsync, atomic move), so a failed export never leaves half a package under the real name nor replaces
 * the previous one.
 */
public final class PackageWriter {
    public static final String PAYLOAD = "payload.enc";
    /** Format 1's associated data: a constant, so its manifest was not bound to the payload. */
    static final byte[] UNBOUND_ASSOCIATED = "atrpkg-payload-v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BOUND_PREFIX = "atrpkg-payload-v2\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * {@code entities}: entity name to its JSON lines; {@code manifest} without counts, checksums or key
     * yet (with the sender's audit head); {@code signer}: this installation's key pair.
     */
    public Manifest write(OutputStream out, Manifest manifest, Map<String, byte[]> entities, Map<String, Long> counts,
                          char[] password, Ed25519.Keys signer) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<String, String> sums = new LinkedHashMap<>();
        entities.forEach((entity, bytes) -> {
            entries.put(entity + ".jsonl", bytes);
            sums.put(entity + ".jsonl", Sha256.hex(bytes));
        });
        Manifest full = new Manifest(Manifest.FORMAT_VERSION, manifest.sourceUnit(), manifest.installationId(),
                manifest.periodFrom(), manifest.periodTo(), manifest.createdAt(), manifest.appVersion(),
                manifest.withIdentifiers(), counts, sums, null, Base64.getEncoder().encodeToString(signer.publicKey()),
                manifest.auditHead(), manifest.earlierHeads());
        Map<String, byte[]> outer = entries;
        if (password != null) {
            PasswordCipher.Sealed s = PasswordCipher.seal(zip(entries), password, associated(full));
            Base64.Encoder b64 = Base64.getEncoder();
            full = full.withEncryption(new Manifest.Encryption("AES-256-GCM", "PBKDF2WithHmacSHA256", s.iterations(),
                    b64.encodeToString(s.salt()), b64.encodeToString(s.nonce()), Sha256.hex(s.ciphertext())));
            outer = Map.of(PAYLOAD, s.ciphertext());
        }
        byte[] manifestBytes = PackageJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(full);
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(Manifest.ENTRY, manifestBytes);
        all.put(Manifest.SIGNATURE, Ed25519.sign(signer.privateKey(), manifestBytes));
        all.putAll(outer);
        zipTo(all, out);
        return full;
    }

    /**
     * What the payload's tag covers besides the ciphertext: for format 2 the manifest as it is before the
     * encryption parameters are added (unit, installation, period, counts, checksums, signer), so a payload
     * cannot be put under another manifest; for format 1 a constant.
     */
    static byte[] associated(Manifest m) {
        if (m.formatVersion() == Manifest.UNSIGNED_FORMAT_VERSION) {
            return UNBOUND_ASSOCIATED;
        }
        try {
            byte[] json = PackageJson.mapper().writeValueAsBytes(m.withEncryption(null));
            byte[] out = java.util.Arrays.copyOf(BOUND_PREFIX, BOUND_PREFIX.length + json.length);
            System.arraycopy(json, 0, out, BOUND_PREFIX.length, json.length);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
