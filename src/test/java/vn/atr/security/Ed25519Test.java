package vn.atr.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Signatures made with the JDK are checked by Bouncy Castle's RFC 8032 code (ADR 0206): what the JDK signs passes,
 * anything changed or not Ed25519 fails, and the RFC's own test vectors pass.
 */
class Ed25519Test {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] X509_PREFIX = HEX.parseHex("302a300506032b6570032100");

    @Test
    void whatTheJdkSignsIsAcceptedAndAnyChangeRefused() {
        Ed25519.Keys keys = Ed25519.generate();
        Ed25519.Keys other = Ed25519.generate();
        byte[] data = "manifest: hoạt động 2026".getBytes(StandardCharsets.UTF_8);
        byte[] signature = Ed25519.sign(keys.privateKey(), data);
        assertThat(Ed25519.verify(keys.publicKey(), data, signature)).isTrue();

        byte[] changed = data.clone();
        changed[3] ^= 1;
        assertThat(Ed25519.verify(keys.publicKey(), changed, signature)).isFalse();
        byte[] forged = signature.clone();
        forged[10] ^= 1;
        assertThat(Ed25519.verify(keys.publicKey(), data, forged)).isFalse();
        assertThat(Ed25519.verify(other.publicKey(), data, signature)).isFalse();
        assertThat(Ed25519.verify(keys.publicKey(), data, java.util.Arrays.copyOf(signature, 63))).isFalse();
        assertThat(Ed25519.verify(keys.publicKey(), data, null)).isFalse();
        assertThat(Ed25519.verify(null, data, signature)).isFalse();
        assertThat(Ed25519.verify(new byte[44], data, signature)).isFalse();
    }

    @Test
    void aKeyOfAnotherKindIsRefused() throws Exception {
        byte[] rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic().getEncoded();
        byte[] x25519 = KeyPairGenerator.getInstance("X25519").generateKeyPair().getPublic().getEncoded();
        byte[] ed = Ed25519.generate().publicKey();
        assertThat(x25519).hasSameSizeAs(ed); // same length, another algorithm's identifier
        assertThat(Ed25519.verify(rsa, new byte[1], new byte[64])).isFalse();
        assertThat(Ed25519.verify(x25519, new byte[1], new byte[64])).isFalse();
    }

    @Test
    void theRfcTestVectorsPass() {
        // RFC 8032, 7.1, tests 1 and 2
        assertThat(Ed25519.verify(x509("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"),
                new byte[0], HEX.parseHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                        + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"))).isTrue();
        assertThat(Ed25519.verify(x509("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"),
                HEX.parseHex("72"), HEX.parseHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                        + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"))).isTrue();
    }

    private static byte[] x509(String rawHex) {
        byte[] raw = HEX.parseHex(rawHex);
        byte[] encoded = java.util.Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
        return encoded;
    }
}
