package org.reviewdesk.checks;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the spelling check is told by the library: which English, the words of the library's own dictionary, and the
 * words each post ignores (by the post's reference). Words are compared lower-cased.
 */
public record SpellingSettings(SpellingLanguage language, Set<String> libraryWords,
                               Map<String, Set<String>> ignoredByReference) {
    public static final SpellingSettings DEFAULTS = new SpellingSettings(SpellingLanguage.EN_US, Set.of(), Map.of());

    public SpellingSettings {
        Objects.requireNonNull(language, "language");
        libraryWords = lowerCased(libraryWords);
        Map<String, Set<String>> ignored = new HashMap<>();
        ignoredByReference.forEach((ref, words) -> ignored.put(ref, lowerCased(words)));
        ignoredByReference = Map.copyOf(ignored);
    }

    /** True when the library's dictionary or the post of {@code reference} accepts the word. */
    public boolean accepts(String reference, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (libraryWords.contains(w)) return true;
        Set<String> ignored = reference == null ? null : ignoredByReference.get(reference);
        return ignored != null && ignored.contains(w);
    }

    public SpellingSettings withLanguage(SpellingLanguage l) {
        return new SpellingSettings(l, libraryWords, ignoredByReference);
    }

    private static Set<String> lowerCased(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) out.add(w.toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }
}
