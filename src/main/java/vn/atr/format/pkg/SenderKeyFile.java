package vn.atr.format.pkg;

import java.io.IOException;
import java.util.Base64;
import vn.atr.domain.Messages;
import vn.atr.security.Ed25519;

/**
 * The file a ward's administrator hands the city to enrol the ward's installation before its first
 * package ({@code atr trust export-key}, then {@code atr trust add --key FILE} at the city): the public
 * key, its fingerprint (checked against the key on reading), the installation id and the ward's unit.
 */
public record SenderKeyFile(int formatVersion, String fingerprint, String publicKey, String installation,
                            String unit) {
    public static final int FORMAT_VERSION = 1;

    public byte[] toJson() throws IOException {
        return PackageJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
    }

    /** @throws PackageException when the bytes are not a key file or its fingerprint does not match its key */
    public static SenderKeyFile parse(byte[] json) {
        SenderKeyFile f;
        try {
            f = PackageJson.mapper().readValue(json, SenderKeyFile.class);
        } catch (IOException e) {
            throw new PackageException(Messages.get("trust.badKeyFile", PackageJson.explain(e)), e);
        }
        if (f.formatVersion() != FORMAT_VERSION || f.publicKey() == null || f.installation() == null) {
            throw new PackageException(Messages.get("trust.badKeyFile", Messages.get("trust.keyFileIncomplete")));
        }
        String actual;
        try {
            actual = Ed25519.fingerprint(Base64.getDecoder().decode(f.publicKey()));
        } catch (IllegalArgumentException e) {
            throw new PackageException(Messages.get("trust.badKeyFile", e.getMessage()), e);
        }
        if (!actual.equals(Ed25519.normalise(f.fingerprint()))) {
            throw new PackageException(Messages.get("trust.badKeyFile",
                    Messages.get("trust.keyFileFingerprint", f.fingerprint(), actual)));
        }
        return f;
    }
}
