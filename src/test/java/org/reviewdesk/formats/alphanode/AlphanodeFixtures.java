package org.reviewdesk.formats.alphanode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The project's own alphanode page, written for these tests, and small helpers to damage it. */
final class AlphanodeFixtures {
    static final String PAGE = "rotation-page.txt";

    private AlphanodeFixtures() {
    }

    static String page() {
        try (InputStream in = AlphanodeFixtures.class.getResourceAsStream(PAGE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page with one line replaced; fails loudly when the line is not there, so a test cannot pass by accident. */
    static String withLine(String text, String line, String replacement) {
        String needle = "\n" + line + "\n";
        if (!text.contains(needle)) throw new IllegalArgumentException("no line '" + line + "' in the fixture");
        return text.replace(needle, "\n" + replacement + "\n");
    }

    /** The 1-based number of the line that equals {@code line}. */
    static int lineNumberOf(String text, String line) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(line)) return i + 1;
        }
        throw new IllegalArgumentException("no line '" + line + "'");
    }
}
