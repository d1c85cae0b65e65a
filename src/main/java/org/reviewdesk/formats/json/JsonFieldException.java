package org.reviewdesk.formats.json;

/**
 * A value of a JSON or YAML tree that does not fit the post: where it is (a JSON pointer, so the reader can
 * find its line in the text) and what was expected.
 */
public final class JsonFieldException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String reason;

    public JsonFieldException(String pointer, String reason) {
        super(pointer + ": " + reason);
        this.pointer = pointer;
        this.reason = reason;
    }

    /** A JSON pointer such as {@code /meta/score/freshness}. */
    public String pointer() {
        return pointer;
    }

    public String reason() {
        return reason;
    }
}
