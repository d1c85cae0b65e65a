package org.reviewdesk.model.library;

import java.time.Instant;

/**
 * Someone else's window that has a post open, as the editor's note shows it: a note for the reviewer, not a lock.
 *
 * @param userName the name that window records for its user (the library's user.name, or the system's user name)
 * @param host the computer the window runs on
 * @param openedAt when that window opened the post
 */
public record PostPresence(String userName, String host, Instant openedAt) {
}
