package org.reviewdesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.SpellingLanguage;
import org.reviewdesk.checks.SpellingSettings;
import org.reviewdesk.checks.rules.SpellingCheck;
import org.reviewdesk.checks.spelling.Misspelling;
import org.reviewdesk.checks.spelling.SpellChecker;
import org.reviewdesk.model.Post;
import org.reviewdesk.store.Library;

/**
 * The spelling check's words: the library's dictionary, the words a post ignores, and the misspellings and suggestions
 * the editor shows. Adding words checks again the posts whose stored findings named them, so those findings go.
 */
public final class SpellingService {
    private final Library library;
    private final CheckService checks;
    private final Supplier<SpellingLanguage> language;

    SpellingService(Library library, CheckService checks, Supplier<SpellingLanguage> language) {
        this.library = library;
        this.checks = checks;
        this.language = language;
    }

    /** What adding or removing words did: the words changed, and how many posts were checked again. */
    public record DictionaryChange(List<String> words, int checked) {
    }

    /** The library's language, its dictionary and every post's ignored words, as the spelling check takes them. */
    public SpellingSettings settings() {
        return new SpellingSettings(language.get(), java.util.Set.copyOf(library.spelling().words()),
                library.spelling().ignoredByReference());
    }

    public SpellingLanguage language() {
        return language.get();
    }

    /** The library's dictionary, in alphabetical order. */
    public List<String> dictionary() {
        return library.spelling().words();
    }

    /**
     * Adds words to the library's dictionary and checks again the posts with a stored spelling finding of one of them
     * (other posts' findings do not name them). A word is letters, with apostrophes or hyphens inside.
     */
    public DictionaryChange add(List<String> words) {
        List<String> valid = validated(words);
        List<String> added = library.spelling().addWords(valid);
        List<Long> affected = library.spelling().postsWithMisspelling(added);
        for (long id : affected) checks.recheck(id);
        return new DictionaryChange(added, affected.size());
    }

    /** Removes words from the library's dictionary; the posts that use them are reported again by the next check. */
    public DictionaryChange remove(List<String> words) {
        return new DictionaryChange(library.spelling().removeWords(validated(words)), 0);
    }

    /** Makes the post of {@code reference} ignore a word (or heed it again) and checks the post again. */
    public void setIgnored(String reference, String word, boolean ignored) {
        String w = validated(List.of(word)).get(0);
        long id = PostLookup.byReference(library, reference).id();
        library.spelling().setIgnored(id, w, ignored);
        checks.recheck(id);
    }

    /** Makes the post with this id ignore a word (the window's "Ignore in this post"); the caller checks it again. */
    public void setIgnored(long postId, String word, boolean ignored) {
        library.spelling().setIgnored(postId, validated(List.of(word)).get(0), ignored);
    }

    /** The words the post of {@code reference} ignores. */
    public List<String> ignored(String reference) {
        return library.spelling().ignored(PostLookup.byReference(library, reference).id());
    }

    /** The misspelt words of a post as the editor holds it, under {@code settings} (read them off the FX thread). */
    public static List<Misspelling> misspellings(Post post, SpellingSettings settings) {
        return SpellingCheck.misspellings(post, BodyStructure.of(post.body()).lines(), settings);
    }

    /** Up to {@code max} corrections of a word in the library's language, likeliest first. */
    public static List<String> suggestions(SpellingLanguage language, String word, int max) {
        return SpellChecker.of(language).suggestions(word, max);
    }

    static List<String> validated(List<String> words) {
        if (words.isEmpty()) throw new IllegalArgumentException("no word given; expected one or more words");
        List<String> out = new ArrayList<>();
        for (String word : words) {
            String w = word == null ? "" : word.strip();
            if (w.isEmpty() || w.length() > 200 || !w.matches("\\p{L}+(['’-]\\p{L}+)*")) {
                throw new IllegalArgumentException("\"" + word + "\" is not a word: expected letters, with apostrophes "
                        + "or hyphens inside (at most 200)");
            }
            out.add(w);
        }
        return out;
    }
}
