package org.reviewdesk.formats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The reference of a post imported without one. It is derived from the title and body only, so the same
 * post imported twice gets the same reference and a re-import finds it again instead of duplicating it.
 */
public final class GeneratedReference {
    private GeneratedReference() {
    }

    /** {@code <prefix>-gen-<12 hex digits of SHA-256(title, body)>}, for example {@code anp-gen-1a2b3c4d5e6f}. */
    public static String of(String prefix, String title, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(title.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(body.getBytes(StandardCharsets.UTF_8));
            return prefix + "-gen-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
