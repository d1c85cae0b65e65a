package org.reviewdesk.model.library;

import java.util.List;
import java.util.Optional;

/**
 * Every library setting, in the order `review-desk settings` and the window's Settings list them. A declarative
 * table: one entry per setting, each with its default and its rule.
 */
public final class LibrarySettings {
    /** The name under which comments, assignments by "me" and reviews are recorded; empty means the system's user name. */
    public static final String USER_NAME = "user.name";

    public static final List<LibrarySetting> ALL = List.of(
            LibrarySetting.text(USER_NAME, "", 200,
                    "Your name in this library: the author of your comments. Empty: the system's user name."));

    private LibrarySettings() {
    }

    public static Optional<LibrarySetting> byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
