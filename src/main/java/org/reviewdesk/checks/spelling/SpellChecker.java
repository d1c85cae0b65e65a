package org.reviewdesk.checks.spelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import morfologik.speller.Speller;
import org.reviewdesk.checks.SpellingLanguage;

/**
 * Spells the prose of a body in one English. One shared instance per language ({@link #of}); its dictionary is read
 * the first time a word is spelled, never before, so that holding a checker costs nothing at start. Safe from any
 * thread: Morfologik's speller keeps working buffers, so each thread gets its own over the one shared dictionary, and
 * another for suggestions over the same automaton with the letters it compares listed ({@link SameLetters}).
 */
public final class SpellChecker {
    /**
     * Edits between a misspelling and a suggestion. One finds "recieve", "dashbord", "teh" and "postgress" (a swap, a
     * missing, a wrong or an extra letter). Two found the same first suggestions for those, and cost 10-34 MB of
     * garbage and 12-44 ms a word against 1-4 MB and 1-6 ms: the search allocates at every state of the automaton it
     * visits, and the checks ask for a suggestion for every unknown word of a post, names and identifiers included.
     */
    private static final int SUGGESTION_DISTANCE = 1;
    private static final int SUGGESTION_CACHE = 4096;
    private static final java.util.Set<String> CLITICS = java.util.Set.of("", "s", "ll", "re", "ve", "d", "m");
    private static final java.util.Set<String> IRREGULAR_NEGATIONS = java.util.Set.of("can't", "won't", "shan't", "ain't");
    private static final Map<SpellingLanguage, SpellChecker> SHARED = new ConcurrentHashMap<>();

    private final SpellingLanguage language;
    private final ThreadLocal<Speller> spellers;
    private final ThreadLocal<Speller> suggesters;
    private final Map<String, List<String>> suggestionCache = new ConcurrentHashMap<>();

    private SpellChecker(SpellingLanguage language) {
        this.language = language;
        this.spellers = ThreadLocal.withInitial(() -> new Speller(EnglishDictionaries.of(language), SUGGESTION_DISTANCE));
        this.suggesters = ThreadLocal.withInitial(() -> new Speller(EnglishDictionaries.forSuggestions(language), SUGGESTION_DISTANCE));
    }

    /** The shared checker of a language; its dictionary is not read yet. */
    public static SpellChecker of(SpellingLanguage language) {
        return SHARED.computeIfAbsent(language, SpellChecker::new);
    }

    public SpellingLanguage language() {
        return language;
    }

    /** True once the dictionary is in memory (a first spelling reads it: tens of milliseconds). */
    public boolean isLoaded() {
        return EnglishDictionaries.isLoaded(language);
    }

    /** True when the dictionary knows the word as written (a capital at the start of a sentence is allowed). */
    public boolean isCorrect(String word) {
        if (TechnicalWords.contains(word)) return true;
        String w = word.replace('’', '\'');
        Speller speller = spellers.get();
        if (!speller.isMisspelled(w)) return true;
        int apostrophe = w.lastIndexOf('\'');
        if (apostrophe < 0) return false;
        // the dictionary spells words, not clitics: "team's", "Kubernetes'", "we'll", "didn't"
        String head = w.substring(0, apostrophe);
        String tail = w.substring(apostrophe + 1).toLowerCase(Locale.ROOT);
        if (tail.equals("t") && head.toLowerCase(Locale.ROOT).endsWith("n")) {
            return IRREGULAR_NEGATIONS.contains(w.toLowerCase(Locale.ROOT)) || !speller.isMisspelled(head.substring(0, head.length() - 1));
        }
        return CLITICS.contains(tail) && !head.isEmpty() && !speller.isMisspelled(head);
    }

    /**
     * The misspelt words of a body's prose, in order: words that are code, identifiers or addresses are not looked
     * at (see {@link ProseWords}), nor those {@code accepted} takes (the post's own names, the library's dictionary).
     */
    public List<Misspelling> misspellings(String body, IntPredicate isCode, Predicate<String> accepted) {
        List<Misspelling> out = new ArrayList<>();
        for (ProseWords.Word w : ProseWords.of(body, isCode)) {
            if (!accepted.test(w.text()) && !isCorrect(w.text())) out.add(new Misspelling(w.text(), w.start(), w.end()));
        }
        // A misspelling may be asked for suggestions next, by the window's menu on the FX thread: the dictionary's
        // view for them is made here, off that thread, in the work that found the word.
        if (!out.isEmpty()) EnglishDictionaries.forSuggestions(language);
        return out;
    }

    /** Up to {@code max} corrections, the likeliest first, written with the word's own capital; remembered. */
    public List<String> suggestions(String word, int max) {
        List<String> all = suggestionCache.get(word);
        if (all == null) {
            all = List.copyOf(findSuggestions(word));
            if (suggestionCache.size() >= SUGGESTION_CACHE) suggestionCache.clear();
            suggestionCache.put(word, all);
        }
        return all.subList(0, Math.min(max, all.size()));
    }

    private List<String> findSuggestions(String word) {
        boolean capital = Character.isUpperCase(word.charAt(0));
        String lookUp = capital ? word.toLowerCase(Locale.ROOT) : word;
        List<String> out = new ArrayList<>();
        for (String s : suggesters.get().findReplacements(lookUp.replace('’', '\''))) {
            String shown = capital && !s.isEmpty() ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
            if (!out.contains(shown)) out.add(shown);
        }
        return out;
    }
}
