package org.reviewdesk.formats.alphanode;

import java.util.List;

/**
 * A block of an alphanode body, as found between blank lines. {@code first} and {@code last} are indexes
 * into the body's lines, so the reader can tell whether blocks were separated by a blank line.
 */
sealed interface BodyBlock {
    int first();

    int last();

    /** Lines of text: a paragraph, a heading or unfenced code, decided later from their shape and context. */
    record Text(int first, int last, List<String> lines) implements BodyBlock {
    }

    record Bullets(int first, int last, List<String> items) implements BodyBlock {
    }

    /** A caption line followed by {@code <caption>. image source: <source>}. */
    record Image(int first, int last, String caption, String source) implements BodyBlock {
    }
}
