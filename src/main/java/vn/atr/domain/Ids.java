package vn.atr.domain;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Record ids are UUID version 7 (RFC 9562): unique without coordination between offline
 * installations, and time-ordered so that inserts append to the primary-key index
 * instead of scattering over it (see docs/decisions/0002-record-ids.md).
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String newId() {
        // The 74 random bits in one draw (each SecureRandom call has its own fixed cost).
        byte[] r = new byte[10];
        RANDOM.nextBytes(r);
        return v7(System.currentTimeMillis(), r);
    }

    /**
     * The id a record made at {@code epochMillis} would have, its random bits from {@code random}: for generated
     * data that must spread over the key's range as records made over a year do (a national store's benchmark),
     * yet be the same in every run.
     */
    public static String madeAt(long epochMillis, java.util.Random random) {
        byte[] r = new byte[10];
        random.nextBytes(r);
        return v7(epochMillis, r);
    }

    private static String v7(long millis, byte[] r) {
        long randA = ((r[0] & 0xFFL) << 4 | (r[1] & 0xFL)) & 0xFFF;
        long randB = 0;
        for (int i = 2; i < 10; i++) {
            randB = randB << 8 | (r[i] & 0xFFL);
        }
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (randB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** A deterministic id for generated or sample data: same seed and counter, same id. */
    public static String seeded(long seed, long counter) {
        long msb = (seed << 16) ^ counter;
        msb = (msb & ~0xF000L) | 0x7000L;
        long lsb = (counter * 0x9E3779B97F4A7C15L ^ seed) & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    public static boolean isValid(String id) {
        if (id == null || id.length() != 36) {
            return false;
        }
        if (isCanonical(id)) { // every id ATR makes: checked without parsing (one per imported row)
            return true;
        }
        try {
            UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** 8-4-4-4-12 hexadecimal digits: what {@link UUID#fromString} reads first, and the only form ATR writes. */
    private static boolean isCanonical(String id) {
        for (int i = 0; i < 36; i++) {
            char c = id.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
