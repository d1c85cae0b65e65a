package org.reviewdesk.checks;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The English spellings the spelling check knows; the library setting {@code spelling.language} names one by its tag. */
public enum SpellingLanguage {
    EN_US("en-US", "en_US"), EN_GB("en-GB", "en_GB");

    private final String tag;
    private final String dictionaryName;

    SpellingLanguage(String tag, String dictionaryName) {
        this.tag = tag;
        this.dictionaryName = dictionaryName;
    }

    /** The language tag users write: {@code en-US}, {@code en-GB}. */
    public String tag() {
        return tag;
    }

    /** The base name of the dictionary file that spells this language. */
    public String dictionaryName() {
        return dictionaryName;
    }

    /** The language of a tag (case aside; {@code en_GB} is taken too), or a one-line error naming the tags known. */
    public static SpellingLanguage ofTag(String tag) {
        String t = tag == null ? "" : tag.trim().replace('_', '-');
        for (SpellingLanguage l : values()) {
            if (l.tag.equalsIgnoreCase(t)) return l;
        }
        throw new IllegalArgumentException("spelling language \"" + tag + "\" is not known; expected one of "
                + Arrays.stream(values()).map(SpellingLanguage::tag).collect(Collectors.joining(", ")));
    }
}
