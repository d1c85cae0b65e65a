package org.reviewdesk.gui.findings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reviewdesk.checks.Finding;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.Desk;
import org.reviewdesk.model.library.StoredFinding;

/** The findings of the real library, through its check and finding services. */
public final class DeskFindingsAccess implements FindingsAccess {
    private final java.util.function.Supplier<Desk> desk;

    public DeskFindingsAccess(Desk desk) {
        this(() -> desk);
    }

    /** Over a desk that may still be opening: each call, made in the background, waits for it. */
    public DeskFindingsAccess(java.util.function.Supplier<Desk> desk) {
        this.desk = desk;
    }

    @Override
    public List<Finding> check(Post post) {
        return desk.get().checks().findings(post);
    }

    @Override
    public void store(long postId, List<Finding> findings) {
        desk.get().checks().store(postId, findings);
    }

    @Override
    public void store(long postId, Post post, List<Finding> findings) {
        desk.get().checks().store(postId, post, findings);
    }

    @Override
    public Map<Anchor, String> dismissals(long postId) {
        Map<Anchor, String> reasons = new HashMap<>();
        for (StoredFinding f : desk.get().findings().list(postId)) {
            if (f.dismissed()) {
                reasons.put(Anchor.of(f.checkId(), f.line(), f.field(), f.message()), f.dismissedReason());
            }
        }
        return reasons;
    }

    /**
     * The store dismisses stored findings by id, and the editor's findings may be newer than what is
     * stored: find the stored one at the same place, storing the editor's findings first if it is missing.
     */
    @Override
    public void dismiss(long postId, Finding finding, String reason) {
        Anchor anchor = Anchor.of(finding);
        StoredFinding stored = storedAt(postId, anchor);
        if (stored == null) {
            throw new IllegalStateException("the finding \"" + finding.message() + "\" is not stored with post " + postId
                    + "; save the post and try again");
        }
        desk.get().findings().dismiss(stored.id(), reason);
    }

    @Override
    public void undismiss(long postId, Finding finding) {
        StoredFinding stored = storedAt(postId, Anchor.of(finding));
        if (stored == null) throw new IllegalStateException("the finding \"" + finding.message() + "\" is no longer there");
        desk.get().findings().undismiss(stored.id());
    }

    private StoredFinding storedAt(long postId, Anchor anchor) {
        for (StoredFinding f : desk.get().findings().list(postId)) {
            Anchor at = Anchor.of(f.checkId(), f.line(), f.field(), f.message());
            if (at.equals(anchor)) return f;
        }
        return null;
    }

    @Override
    public void setCheckEnabled(String checkId, boolean enabled) {
        desk.get().findings().setCheckEnabled(checkId, enabled);
    }

    @Override
    public Set<String> disabledChecks() {
        return desk.get().findings().disabledChecks();
    }

    @Override
    public void refreshStats() {
        desk.get().checks().refreshStats();
    }

    @Override
    public boolean loadStats() {
        return desk.get().checks().loadStats();
    }
}
