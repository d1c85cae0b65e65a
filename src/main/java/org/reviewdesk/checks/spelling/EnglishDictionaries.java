package org.reviewdesk.checks.spelling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryAttribute;
import morfologik.stemming.DictionaryMetadata;
import org.reviewdesk.checks.SpellingLanguage;

/**
 * The English spelling dictionaries (LanguageTool's Morfologik automata, shipped in the {@code english-pos-dict} jar),
 * each read from the class path the first time a check or the editor needs it and then shared: read-only, so any
 * thread may use them. Nothing is downloaded; docs/decisions/0012 says why these.
 */
final class EnglishDictionaries {
    private static final String FOLDER = "/org/languagetool/resource/en/hunspell/";
    private static final Map<SpellingLanguage, Dictionary> LOADED = new ConcurrentHashMap<>();
    private static final Map<SpellingLanguage, Dictionary> SUGGESTING = new ConcurrentHashMap<>();

    private EnglishDictionaries() {
    }

    static Dictionary of(SpellingLanguage language) {
        return LOADED.computeIfAbsent(language, EnglishDictionaries::read);
    }

    /**
     * The same dictionary for finding suggestions ({@link #comparingFromAMap}): made the first time a suggestion is
     * asked for, since listing the letters costs about as much again as reading the dictionary (30 ms warm, 100 ms
     * and more in a fresh JVM), which the first spelled word need not wait for.
     */
    static Dictionary forSuggestions(SpellingLanguage language) {
        return SUGGESTING.computeIfAbsent(language, l -> comparingFromAMap(of(l)));
    }

    static boolean isLoaded(SpellingLanguage language) {
        return LOADED.containsKey(language);
    }

    /** The dictionary as LanguageTool ships it. */
    static Dictionary read(URL url) throws IOException {
        return Dictionary.read(url);
    }

    static URL url(SpellingLanguage language) {
        return EnglishDictionaries.class.getResource(FOLDER + language.dictionaryName() + ".dict");
    }

    /**
     * The same words and the same suggestions, with the letters the speller takes for one another listed
     * ({@link SameLetters}) instead of found by decomposing both characters of every comparison.
     */
    static Dictionary comparingFromAMap(Dictionary shipped) {
        Map<DictionaryAttribute, String> attributes = new EnumMap<>(DictionaryAttribute.class);
        attributes.putAll(shipped.metadata.getAttributes());
        if (attributes.containsKey(DictionaryAttribute.EQUIVALENT_CHARS)) return shipped;
        if (!shipped.metadata.isIgnoringDiacritics() || !shipped.metadata.isConvertingCase()) return shipped;
        attributes.put(DictionaryAttribute.EQUIVALENT_CHARS, SameLetters.equivalentChars());
        attributes.put(DictionaryAttribute.IGNORE_DIACRITICS, "false");
        return new Dictionary(shipped.fsa, new DictionaryMetadata(attributes));
    }

    private static Dictionary read(SpellingLanguage language) {
        String name = FOLDER + language.dictionaryName() + ".dict";
        URL url = url(language);
        if (url == null) throw new IllegalStateException("the spelling dictionary " + name + " is not on the class path");
        try {
            return read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spelling dictionary " + name + ": " + e.getMessage(), e);
        }
    }
}
