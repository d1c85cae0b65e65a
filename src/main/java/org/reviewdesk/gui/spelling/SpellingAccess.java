package org.reviewdesk.gui.spelling;

import java.util.Optional;
import org.reviewdesk.checks.SpellingSettings;

/** What the editor's spelling marks need of the library. Every method may block on the database: background only. */
public interface SpellingAccess {
    /** The library's spelling settings, or empty when the library has the spelling check switched off. */
    Optional<SpellingSettings> settings();

    void addToDictionary(String word);

    void ignoreInPost(long postId, String word);
}
