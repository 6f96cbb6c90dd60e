package vn.atr.format.pkg;

import java.util.Map;

/**
 * The first entry of a data package. {@code sha256} lists every data entry's SHA-256 (of its plain
 * bytes); {@code encryption} is null for a plain package, otherwise the parameters needed to derive the
 * key again (the password itself is never stored).
 */
public record Manifest(
        int formatVersion,
        String sourceUnit,
        String installationId,
        String periodFrom,
        String periodTo,
        String createdAt,
        String appVersion,
        boolean withIdentifiers,
        Map<String, Long> counts,
        Map<String, String> sha256,
        Encryption encryption) {

    public static final int FORMAT_VERSION = 1;
    public static final String ENTRY = "manifest.json";

    /** AES-256-GCM with a key from PBKDF2-HMAC-SHA256; the encrypted payload is a zip of the data entries. */
    public record Encryption(String algorithm, String kdf, int iterations, String salt, String nonce,
                             String payloadSha256) {
    }

    public Manifest withEncryption(Encryption e) {
        return new Manifest(formatVersion, sourceUnit, installationId, periodFrom, periodTo, createdAt, appVersion,
                withIdentifiers, counts, sha256, e);
    }
}
