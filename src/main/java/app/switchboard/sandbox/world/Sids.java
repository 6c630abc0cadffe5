package app.switchboard.sandbox.world;

import java.util.Random;

/** Twilio-style identifiers: a two-letter prefix and 32 lowercase hex digits, drawn from a given Random. */
public final class Sids {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private Sids() {
    }

    public static String sid(String prefix, Random random) {
        return prefix + hex(random, 32);
    }

    public static String hex(Random random, int length) {
        char[] out = new char[length];
        long bits = 0;
        for (int i = 0; i < length; i++) {
            if (i % 16 == 0) {
                bits = random.nextLong(); // 16 digits per draw: seeding thousands of SIDs stays cheap
            }
            out[i] = HEX[(int) (bits & 15)];
            bits >>>= 4;
        }
        return new String(out);
    }

    /** API key secrets are 32 alphanumerics, as the Console shows them. */
    public static String secret(Random random) {
        char[] out = new char[32];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALNUM[random.nextInt(ALNUM.length)];
        }
        return new String(out);
    }
}
