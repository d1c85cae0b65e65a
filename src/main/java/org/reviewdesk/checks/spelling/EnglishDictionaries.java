package org.reviewdesk.checks.spelling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import org.reviewdesk.checks.SpellingLanguage;

/**
 * The English spelling dictionaries (LanguageTool's Morfologik automata, shipped in the {@code english-pos-dict} jar),
 * each read from the class path the first time a check or the editor needs it and then shared: read-only, so any
 * thread may use them. Nothing is downloaded; docs/decisions/0012 says why these.
 */
final class EnglishDictionaries {
    private static final String FOLDER = "/org/languagetool/resource/en/hunspell/";
    private static final Map<SpellingLanguage, Dictionary> LOADED = new ConcurrentHashMap<>();

    private EnglishDictionaries() {
    }

    static Dictionary of(SpellingLanguage language) {
        return LOADED.computeIfAbsent(language, EnglishDictionaries::read);
    }

    static boolean isLoaded(SpellingLanguage language) {
        return LOADED.containsKey(language);
    }

    private static Dictionary read(SpellingLanguage language) {
        String name = FOLDER + language.dictionaryName() + ".dict";
        URL url = EnglishDictionaries.class.getResource(name);
        if (url == null) throw new IllegalStateException("the spelling dictionary " + name + " is not on the class path");
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spelling dictionary " + name + ": " + e.getMessage(), e);
        }
    }
}
