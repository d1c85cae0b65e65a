package org.reviewdesk.service;

import java.util.List;
import java.util.Set;
import org.reviewdesk.model.library.StoredFinding;
import org.reviewdesk.store.Library;

/**
 * The findings stored with the posts, their dismissals, and which checks the library runs. Running the checks is the
 * {@link CheckService}'s.
 */
public final class FindingService {
    private final Library library;

    FindingService(Library library) {
        this.library = library;
    }

    public List<StoredFinding> list(long postId) {
        return library.findings().list(postId);
    }

    /** Dismisses a stored finding with a reason; the dismissal survives a re-run of the checks. */
    public void dismiss(long findingId, String reason) {
        library.findings().dismiss(findingId, reason);
    }

    public void setCheckEnabled(String checkId, boolean enabled) {
        library.findings().setCheckEnabled(checkId, enabled);
    }

    public Set<String> disabledChecks() {
        return library.findings().disabledChecks();
    }
}
