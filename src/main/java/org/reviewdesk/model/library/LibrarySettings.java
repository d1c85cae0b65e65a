package org.reviewdesk.model.library;

import java.util.List;
import java.util.Optional;

/**
 * Every library setting, in the order `review-desk settings` and the window's Settings list them. A declarative
 * table: one entry per setting, each with its default and its rule.
 */
public final class LibrarySettings {
    /**
     * The name under which comments, assignments by "me" and reviews are recorded; empty means the system's user name.
     * Each person's own: SettingsService keeps it per system account.
     */
    public static final String USER_NAME = "user.name";
    /** Which English the spelling check spells: en-US or en-GB. */
    public static final String SPELLING_LANGUAGE = "spelling.language";
    /** Prose that reads below this Flesch reading ease gets a readability finding. */
    public static final String MIN_READING_EASE = "readability.min_reading_ease";

    public static final List<LibrarySetting> ALL = List.of(
            LibrarySetting.text(USER_NAME, "", 200,
                    "Your name in this library: the author of your comments, who ticks and overrides in the history, and "
                            + "who 'me' is among the assignees. Each person's own (kept for your system account), not shared "
                            + "with the others who open the library. Empty: the system's user name."),
            LibrarySetting.choice(SPELLING_LANGUAGE, "en-US", List.of("en-US", "en-GB"),
                    "The English the spelling check spells: en-US (color) or en-GB (colour)."),
            LibrarySetting.number(MIN_READING_EASE, "30", -100, 120, "A post whose prose (code, tables and lists of "
                    + "identifiers left out) reads below this Flesch reading ease gets a readability warning. 30 is the "
                    + "bottom of 'difficult'; dense technical prose sits in the thirties and forties."));

    private LibrarySettings() {
    }

    /** Whether the checks read this setting, so that a change of it changes what they find. */
    public static boolean readByChecks(String name) {
        return name.equals(SPELLING_LANGUAGE) || name.equals(MIN_READING_EASE);
    }

    public static Optional<LibrarySetting> byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
