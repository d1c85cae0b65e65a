package org.reviewdesk.gui.findings;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reviewdesk.checks.Finding;
import org.reviewdesk.model.Post;

/**
 * What the findings panel needs of the library: run the checks, store their results with a post, keep
 * dismissals and switched-off checks. Every method may touch the database, so callers reach it only
 * through the background executor.
 */
public interface FindingsAccess {

    /** The findings of a post as the editor holds it, with the library's settings; nothing is stored. */
    List<Finding> check(Post post);

    /** Stores the findings of a post, so that the queue counts and filters them. */
    void store(long postId, List<Finding> findings);

    /** Stores the findings of a post as it is, with the readability of its prose (the queue's column). */
    default void store(long postId, Post post, List<Finding> findings) {
        store(postId, findings);
    }

    /** The reasons of the post's dismissed findings, by where they are. */
    Map<Anchor, String> dismissals(long postId);

    /** Dismisses a finding of the post with a reason; it stays dismissed when the checks run again. */
    void dismiss(long postId, Finding finding, String reason);

    /** Takes back the dismissal of a finding of the post: it counts again. */
    default void undismiss(long postId, Finding finding) {
        throw new UnsupportedOperationException("this library keeps no dismissals");
    }

    void setCheckEnabled(String checkId, boolean enabled);

    Set<String> disabledChecks();

    /** Recounts the library's sentences, which the boilerplate check compares against (seconds on a large library). */
    void refreshStats();

    /** Takes the sentences as last counted (quick); false when they need counting again. */
    default boolean loadStats() {
        return true;
    }

    /**
     * Where a finding is, as the library keys dismissals: its check and its line or meta field; for hidden-content and
     * embedded-content also its message, which quotes the hidden text or names the embedded thing's host, as the store
     * keys those checks' dismissals.
     */
    record Anchor(String checkId, int line, String field, String message) {
        public static Anchor of(Finding f) {
            return of(f.checkId(), f.line(), f.metaField(), f.message());
        }

        public static Anchor of(String checkId, int line, String field, String message) {
            if (field != null) return new Anchor(checkId, 0, field, null);
            boolean byMessage = org.reviewdesk.checks.rules.HiddenContentCheck.ID.equals(checkId)
                    || org.reviewdesk.checks.rules.EmbeddedContentCheck.ID.equals(checkId);
            return new Anchor(checkId, line, null, byMessage ? message : null);
        }
    }

    /** For a library without checks (tests of other screens): nothing is found, nothing is kept. */
    FindingsAccess NONE = new FindingsAccess() {
        @Override
        public List<Finding> check(Post post) {
            return List.of();
        }

        @Override
        public void store(long postId, List<Finding> findings) {
        }

        @Override
        public Map<Anchor, String> dismissals(long postId) {
            return Map.of();
        }

        @Override
        public void dismiss(long postId, Finding finding, String reason) {
            throw new UnsupportedOperationException("this library keeps no findings");
        }

        @Override
        public void setCheckEnabled(String checkId, boolean enabled) {
            throw new UnsupportedOperationException("this library has no checks to switch");
        }

        @Override
        public Set<String> disabledChecks() {
            return Set.of();
        }

        @Override
        public void refreshStats() {
        }
    };
}
