package org.reviewdesk.model.library;

import java.util.Locale;
import java.util.Objects;

/**
 * A library's change to one of the tell lists: an entry it added ({@code on}, not among the standard ones), or an
 * entry, standard or added, that it switched off ({@code on} false).
 *
 * @param list        the list's name ({@code overused-words}, {@code stock-phrases} …)
 * @param phrase      the entry as written
 * @param replacement the plainer wording a quick fix offers, or null
 * @param on          false: the entry is switched off for this library
 */
public record TellOverride(String list, String phrase, String replacement, boolean on) {
    public TellOverride {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(phrase, "phrase");
        phrase = phrase.strip().replaceAll("\\s+", " ");
        replacement = replacement == null || replacement.isBlank() ? null : replacement.strip();
        if (phrase.isEmpty()) throw new IllegalArgumentException("a tell entry needs a word or phrase");
    }

    /** The entry as lists compare it: lower case, single spaces, straight apostrophes. */
    public static String key(String phrase) {
        return phrase.strip().replaceAll("\\s+", " ").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    public String key() {
        return key(phrase);
    }
}
