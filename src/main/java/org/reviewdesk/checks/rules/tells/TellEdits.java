package org.reviewdesk.checks.rules.tells;

/**
 * The text edits of the tells' quick fixes. Each first checks that the body still holds what the finding saw at
 * that place, else finds it where it is now when it is there once, else leaves the body alone.
 */
final class TellEdits {
    private TellEdits() {
    }

    /** Where {@code expected} is now: at {@code start} if still there, else its only occurrence, else -1. */
    static int locate(String body, int start, String expected) {
        if (start >= 0 && body.startsWith(expected, start)) return start;
        int first = body.indexOf(expected);
        return first >= 0 && first == body.lastIndexOf(expected) ? first : -1;
    }

    /** Replaces a word by another, keeping a capital first letter. */
    static String replaceWord(String body, int start, String expected, String replacement) {
        int at = locate(body, start, expected);
        if (at < 0) return body;
        String word = Character.isUpperCase(expected.charAt(0)) ? capitalized(replacement) : replacement;
        return body.substring(0, at) + word + body.substring(at + expected.length());
    }

    /**
     * Deletes a phrase with the punctuation and spaces after it; when the phrase opened its sentence, the next word
     * takes its capital letter.
     */
    static String deletePhrase(String body, int start, String expected) {
        int at = locate(body, start, expected);
        if (at < 0) return body;
        int stop = at + expected.length();
        while (stop < body.length() && (body.charAt(stop) == ',' || body.charAt(stop) == ':' || body.charAt(stop) == ' ')) stop++;
        int before = at;
        while (before > 0 && body.charAt(before - 1) == ' ') before--;
        boolean opensSentence = before == 0 || ".!?\n>".indexOf(body.charAt(before - 1)) >= 0;
        String rest = body.substring(stop);
        if (opensSentence && Character.isUpperCase(expected.charAt(0)) && !rest.isEmpty()) rest = capitalized(rest);
        return body.substring(0, at) + rest;
    }

    /** Deletes a sentence (or a token) with the spaces after it, or before it when it ends its line. */
    static String deleteSpan(String body, int start, String expected) {
        int at = locate(body, start, expected);
        if (at < 0) return body;
        int stop = at + expected.length();
        while (stop < body.length() && (body.charAt(stop) == ' ' || body.charAt(stop) == '\t')) stop++;
        int from = at;
        if (stop == body.length() || body.charAt(stop) == '\n' || body.charAt(stop) == '\r') {
            while (from > 0 && (body.charAt(from - 1) == ' ' || body.charAt(from - 1) == '\t')) from--;
        }
        return body.substring(0, from) + body.substring(stop);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
