package org.reviewdesk.checks.spelling;

/** A word of the prose that the dictionary does not know: as written, with its offsets in the body. */
public record Misspelling(String word, int start, int end) {
}
