package vn.atr.format.pkg;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Base64;
import java.util.Map;
import vn.atr.domain.access.AuditHead;
import vn.atr.security.Ed25519;

/**
 * The first entry of a data package. {@code sha256} lists every data entry's SHA-256 (of its plain
 * bytes); {@code encryption} is null for a plain package, otherwise the parameters needed to derive the
 * key again (the password itself is never stored). {@code signerKey} (format 2) is the sending
 * installation's Ed25519 public key (X.509, base64); {@code manifest.sig} holds its signature of this
 * entry's exact bytes, so the signature covers every entry through their checksums. {@code auditHead}
 * (format 3) is the sender's audit chain head when the package was written, signed with the rest: the
 * receiving store keeps the newest one per sender and notices a chain that went back (ADR 0189); {@code
 * earlierHeads} (format 3) are the heads the sender's earlier packages carried, each with the hash its chain
 * holds at that entry now (null: the entry is gone), so the receiver checks the one it kept. Format 2
 * packages have no head (the field is left out of their JSON, so their signed bytes and the encrypted
 * payload's associated data read back as written); format 1 packages, written before packages were signed,
 * have no key and no signature.
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
        Encryption encryption,
        String signerKey,
        @JsonInclude(JsonInclude.Include.NON_NULL) AuditHead auditHead,
        @JsonInclude(JsonInclude.Include.NON_NULL) java.util.List<AuditHead> earlierHeads) {

    public static final int FORMAT_VERSION = 3;
    /** Signed, without the sender's audit head: still read (a ward that has not updated yet). */
    public static final int SIGNED_FORMAT_VERSION = 2;
    /** The last format without signatures, still read (an upgrading ward's old packages). */
    public static final int UNSIGNED_FORMAT_VERSION = 1;
    public static final String ENTRY = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";

    /** AES-256-GCM with a key from PBKDF2-HMAC-SHA256; the encrypted payload is a zip of the data entries. */
    public record Encryption(String algorithm, String kdf, int iterations, String salt, String nonce,
                             String payloadSha256) {
    }

    public Manifest withEncryption(Encryption e) {
        return new Manifest(formatVersion, sourceUnit, installationId, periodFrom, periodTo, createdAt, appVersion,
                withIdentifiers, counts, sha256, e, signerKey, auditHead, earlierHeads);
    }

    public boolean signed() {
        return signerKey != null;
    }

    /** The signer's public key fingerprint, or null for an unsigned (format 1) package. */
    public String signerFingerprint() {
        return signed() ? Ed25519.fingerprint(signerKeyBytes()) : null;
    }

    byte[] signerKeyBytes() {
        return Base64.getDecoder().decode(signerKey);
    }
}
