package org.reviewdesk.service;

import java.util.List;
import java.util.Locale;
import org.reviewdesk.checks.TellLists;
import org.reviewdesk.model.library.TellOverride;
import org.reviewdesk.store.Library;

/**
 * The word and phrase lists of the tell checks for this library: Review Desk's own, with the entries the library
 * added and the ones it switched off. A change applies to the next check of a post; the queue's counts follow once
 * the library is checked again.
 */
public final class TellService {
    private final Library library;
    private volatile Cached cached = new Cached(List.of(), TellLists.standard());

    /** The lists built from the library's changes as last read: building them compiles a pattern per list. */
    private record Cached(List<TellOverride> overrides, TellLists lists) {
    }

    TellService(Library library) {
        this.library = library;
    }

    /** The lists with this library's changes. */
    public TellLists lists() {
        List<TellOverride> overrides = library.tells().list();
        Cached now = cached;
        if (!now.overrides().equals(overrides)) {
            now = new Cached(overrides, TellLists.standard().with(overrides));
            cached = now;
        }
        return now.lists();
    }

    /** A list's entries, switched-off ones included. */
    public List<TellLists.Entry> entries(String list) {
        return lists().entries(listName(list));
    }

    /** Adds an entry to a list (or switches it back on, with a new plainer wording when one is given). */
    public void add(String list, String phrase, String replacement) {
        library.tells().put(new TellOverride(listName(list), phrase, replacement, true));
    }

    /** Switches an entry of a list off for this library. */
    public void off(String list, String phrase) {
        TellLists.Entry entry = existing(list, phrase);
        library.tells().put(new TellOverride(listName(list), entry.phrase(), null, false));
    }

    /** Switches an entry back on: a shipped entry is as shipped again. */
    public void on(String list, String phrase) {
        TellLists.Entry entry = existing(list, phrase);
        if (entry.standard()) library.tells().remove(listName(list), entry.key());
        else library.tells().put(new TellOverride(listName(list), entry.phrase(), entry.replacement(), true));
    }

    private TellLists.Entry existing(String list, String phrase) {
        String key = TellOverride.key(phrase);
        return entries(list).stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("the tell list " + list + " has no entry '" + phrase.strip()
                        + "' (review-desk tells list --list " + list + " shows them)"));
    }

    private static String listName(String list) {
        String name = list == null ? "" : list.strip().toLowerCase(Locale.ROOT);
        if (!TellLists.NAMES.contains(name)) {
            throw new IllegalArgumentException("no tell list '" + list + "'; the lists are " + String.join(", ", TellLists.NAMES));
        }
        return name;
    }
}
