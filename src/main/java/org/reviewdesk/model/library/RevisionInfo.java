package org.reviewdesk.model.library;

import java.time.Instant;

/**
 * One stored revision: a full snapshot of the post, with its version, time, note and why it was taken
 * ({@code import}, {@code bump}, {@code restore}, {@code overwrite}, {@code review}; {@code checklist} for a tick of the
 * review checklist and {@code override} for a post marked reviewed despite a refusal, whose notes say who and why).
 */
public record RevisionInfo(long id, String version, Instant createdAt, String note, String kind) {
}
