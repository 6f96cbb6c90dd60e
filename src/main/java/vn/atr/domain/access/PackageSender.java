package vn.atr.domain.access;

import java.time.Instant;
import java.util.Locale;

/**
 * An installation that sends this store exchange packages, known by its signing key's fingerprint (or,
 * for packages written before packages were signed, by {@link #UNSIGNED_PREFIX} and its installation
 * id), with the unit its packages may speak for and whether an administrator approved it.
 */
public record PackageSender(String fingerprint, String publicKey, String unit, String installation, Status status,
                            Instant firstSeen, String decidedBy, Instant decidedAt) {
    public static final String UNSIGNED_PREFIX = "unsigned:";

    public enum Status {
        PENDING, APPROVED, REVOKED;

        /** As written in the store and in {@code atr trust list --json}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * An unsigned package's identity: its installation id, written as ATR writes it (a UUID in lower case), so that
     * "BB02EFC2-..." or " bb02efc2-..." in a hand-made manifest is the same installation, not a new one to approve.
     */
    public static String unsignedFingerprint(String installation) {
        return UNSIGNED_PREFIX + sameInstallation(installation);
    }

    /** An installation id as compared: without spaces around it, in lower case. */
    public static String sameInstallation(String installation) {
        return installation == null ? "" : installation.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean signed() {
        return publicKey != null;
    }

    public PackageSender decided(Status to, String by, Instant at) {
        return new PackageSender(fingerprint, publicKey, unit, installation, to, firstSeen, by, at);
    }

    /** "đơn vị 10301009", or "mọi đơn vị (...)" for a sender that may send any unit's data (said when approving). */
    public static String unitText(String unit) {
        return unitText(unit, null);
    }

    /** {@link #unitText(String)} with the unit's name when known: "đơn vị Phường Hồng An (10301009)". */
    public static String unitText(String unit, String name) {
        return unit == null ? vn.atr.domain.Messages.get("trust.allUnits") : vn.atr.domain.Messages.get(
                "trust.oneUnit", name == null || name.isBlank() ? unit : name + " (" + unit + ")");
    }
}
