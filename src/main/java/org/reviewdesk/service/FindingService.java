package org.reviewdesk.service;

import java.util.List;
import java.util.Set;
import org.reviewdesk.checks.Check;
import org.reviewdesk.model.library.StoredFinding;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.store.Library;

/**
 * The findings stored with the posts, their dismissals, and which checks the library runs. Running the checks is the
 * {@link CheckService}'s.
 */
public final class FindingService {
    private final Library library;
    private final CheckService checks;

    FindingService(Library library, CheckService checks) {
        this.library = library;
        this.checks = checks;
    }

    /** A check as the library runs it: its id, the severity of its findings, and whether it is switched on. */
    public record CheckState(String id, String severity, boolean enabled) {
    }

    public List<StoredFinding> list(long postId) {
        return library.findings().list(postId);
    }

    /**
     * Checks the post with this reference as it is now, stores its findings (the queue counts them) and returns them
     * as stored, dismissed ones with their reasons.
     */
    public List<StoredFinding> current(String reference) {
        StoredPost post = PostLookup.byReference(library, reference);
        checks.ensureStats();
        checks.store(post.id(), checks.findings(post.post()));
        return library.findings().list(post.id());
    }

    /**
     * Dismisses the open findings of one check on the post with this reference (with {@code line}, only the one on
     * that line), with a reason that is kept; they stay dismissed when the checks run again.
     *
     * @return how many findings were dismissed
     * @throws IllegalArgumentException when the post has no open finding of that check (there), or no reason is given
     */
    public int dismiss(String reference, String checkId, Integer line, String reason) {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a dismissal needs a reason (--reason TEXT)");
        List<StoredFinding> open = current(reference).stream()
                .filter(f -> f.checkId().equals(checkId) && !f.dismissed() && (line == null || f.line() == line)).toList();
        if (open.isEmpty()) {
            throw new IllegalArgumentException("post '" + reference + "' has no open " + checkId + " finding"
                    + (line == null ? "" : " on line " + line) + " (see: review-desk findings " + reference + ")");
        }
        open.forEach(f -> library.findings().dismiss(f.id(), reason));
        return open.stream().mapToInt(StoredFinding::count).sum();
    }

    /**
     * Brings back the dismissed findings of one check on the post with this reference (with {@code line}, only the one
     * on that line): they count again, in the queue too.
     *
     * @return how many came back
     * @throws IllegalArgumentException when the post has no dismissed finding of that check (there)
     */
    public int undismiss(String reference, String checkId, Integer line) {
        List<StoredFinding> dismissed = current(reference).stream()
                .filter(f -> f.checkId().equals(checkId) && f.dismissed() && (line == null || f.line() == line)).toList();
        if (dismissed.isEmpty()) {
            throw new IllegalArgumentException("post '" + reference + "' has no dismissed " + checkId + " finding"
                    + (line == null ? "" : " on line " + line) + " (see: review-desk findings " + reference + ")");
        }
        dismissed.forEach(f -> library.findings().undismiss(f.id()));
        return dismissed.stream().mapToInt(StoredFinding::count).sum();
    }

    /** Takes back the dismissal of a stored finding; it counts again. */
    public void undismiss(long findingId) {
        library.findings().undismiss(findingId);
    }

    /** Dismisses a stored finding with a reason; the dismissal survives a re-run of the checks. */
    public void dismiss(long findingId, String reason) {
        library.findings().dismiss(findingId, reason);
    }

    /** Every check there is, in id order, with whether this library runs it. */
    public List<CheckState> checks() {
        Set<String> off = disabledChecks();
        return checks.engine().checks().stream().sorted(java.util.Comparator.comparing(Check::id))
                .map(c -> new CheckState(c.id(), c.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT),
                        !off.contains(c.id())))
                .toList();
    }

    /**
     * Switches a check on or off for the whole library.
     *
     * @throws IllegalArgumentException naming the check when there is no check of that id
     */
    public void setCheckEnabled(String checkId, boolean enabled) {
        if (checks.engine().checks().stream().noneMatch(c -> c.id().equals(checkId))) {
            throw new IllegalArgumentException("there is no check '" + checkId + "' (see: review-desk checks list)");
        }
        library.findings().setCheckEnabled(checkId, enabled);
    }

    public Set<String> disabledChecks() {
        return library.findings().disabledChecks();
    }
}
