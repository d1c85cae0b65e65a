package org.reviewdesk.store;

import java.time.Instant;

/**
 * One stored revision: a full snapshot of the post, with its version, time, note and why it was taken
 * ({@code import}, {@code bump}, {@code restore}, {@code overwrite}, {@code review}).
 */
public record RevisionInfo(long id, String version, Instant createdAt, String note, String kind) {
}
