package vn.atr.security;

import java.util.HexFormat;
import java.util.Locale;

/**
 * The recovery key: 256 random bits shown once to the administrator as 16 groups of 4 hex digits.
 * It wraps the data key directly (it is already high-entropy, so no slow derivation is needed).
 */
public final class RecoveryKey {
    private RecoveryKey() {
    }

    /** A new random recovery key and its printable form. */
    public record Generated(DataKey key, String text) {
    }

    public static Generated generate() {
        DataKey key = DataKey.random();
        String hex = HexFormat.of().withUpperCase().formatHex(key.bytes());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            text.append(i == 0 ? "" : "-").append(hex, i, i + 4);
        }
        return new Generated(key, text.toString());
    }

    /** @throws KeyMismatchException if {@code text} is not a recovery key's form */
    public static DataKey parse(String text) {
        String hex = text == null ? "" : text.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new KeyMismatchException();
        }
        return DataKey.of(HexFormat.of().parseHex(hex));
    }
}
