package org.reviewdesk.gui.library;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * References for posts written in the desk (a new post, a kept copy): the library needs one per post,
 * and a time stamp plus random suffix is unique without asking the library and tells a reader when
 * the post was made.
 */
public final class NewReferences {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    public static String fresh() {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        return "desk-" + LocalDateTime.now().format(STAMP) + "-" + HexFormat.of().formatHex(suffix);
    }

    private NewReferences() {
    }
}
