package org.reviewdesk.synth;

/** One Markdown block of a synthesized body; blocks are separated by a blank line. */
record Block(Kind kind, String text) {
    enum Kind {
        INTRO, HEADING, PARAGRAPH, LIST, IMAGE, CODE, DEBRIS
    }

    static Block heading(String text) {
        return new Block(Kind.HEADING, "## " + text);
    }

    static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text);
    }
}
