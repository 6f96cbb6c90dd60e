package vn.atr.service.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipFile;
import vn.atr.domain.access.PackageSender;
import vn.atr.format.pkg.Manifest;
import vn.atr.format.pkg.PackageJson;
import vn.atr.security.Ed25519;
import vn.atr.service.Services;

/**
 * Enrolment for tests that move packages between stores: the receiving store trusts the sender of a
 * package (its signing key, or its installation for an unsigned one) for every unit, as if an
 * administrator had approved it, without a refused import first. The trust rules themselves are tested
 * in {@code PackageTrustTest}.
 */
public final class TrustFixtures {
    private TrustFixtures() {
    }

    public static void trustSenderOf(Services receiver, Path... packages) {
        for (Path p : packages) {
            Manifest m = manifest(p);
            String fingerprint = m.signed() ? m.signerFingerprint() : PackageSender.unsignedFingerprint(m.installationId());
            receiver.exchange().trustRepository().put(new PackageSender(fingerprint, m.signerKey(), null,
                    m.installationId(), PackageSender.Status.APPROVED, Instant.now(), "test", Instant.now()));
        }
    }

    /** The package's manifest as written (readable without the password of an encrypted package). */
    public static Manifest manifest(Path pkg) {
        try (ZipFile zip = new ZipFile(pkg.toFile()); InputStream in = zip.getInputStream(zip.getEntry(Manifest.ENTRY))) {
            return PackageJson.mapper().readValue(in, Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A store's own signing key pair (created if it has none yet): what an insider of that installation holds. */
    public static Ed25519.Keys keysOf(Services store) {
        return store.exchange().signingKeys().current();
    }
}
