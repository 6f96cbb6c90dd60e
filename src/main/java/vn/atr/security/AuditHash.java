package vn.atr.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * The audit chain's hash: SHA-256 over the previous entry's hash and every field of this entry, so
 * changing, inserting or removing an entry breaks every hash after it.
 */
public final class AuditHash {
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(String previousHash, List<?> fields) {
        MessageDigest md = sha256();
        md.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        for (Object f : fields) {
            md.update((byte) 0x1f);
            md.update(String.valueOf(f).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** A short digest of many record ids (one audit entry per batch insert). */
    public static String digestOf(Iterable<String> ids) {
        IdsDigest digest = new IdsDigest();
        ids.forEach(digest::add);
        return digest.hex();
    }

    /** {@link #digestOf} fed one id at a time (a batch insert written in parts). */
    public static final class IdsDigest {
        private final MessageDigest md = sha256();

        public void add(String id) {
            md.update(id.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }

        public String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }

    private static MessageDigest sha256() {
        return Sha256.digest();
    }
}
