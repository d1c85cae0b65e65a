package org.reviewdesk.gui.findings;

import org.reviewdesk.checks.rules.StandardChecks;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reviewdesk.checks.CheckEngine;
import org.reviewdesk.checks.CheckSettings;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.LibraryStats;
import org.reviewdesk.model.Post;

/** The real checks over an in-memory library: what was stored, dismissed and switched off. */
final class InMemoryFindings implements FindingsAccess {
    private final CheckEngine engine = StandardChecks.engine();
    final Map<Long, List<Finding>> stored = new HashMap<>();
    final Map<Long, Map<Anchor, String>> dismissals = new HashMap<>();
    final Set<String> disabled = new HashSet<>();
    int statsRefreshed;
    /** When set, a recount fails with it. */
    RuntimeException statsFailure;
    /** When set, storing a post's findings fails with it. */
    RuntimeException storeFailure;

    @Override
    public List<Finding> check(Post post) {
        return engine.run(post, LibraryStats.EMPTY, CheckSettings.defaults(LocalDate.of(2025, 6, 1)).withDisabled(disabled));
    }

    @Override
    public void store(long postId, List<Finding> findings) {
        if (storeFailure != null) throw storeFailure;
        stored.put(postId, List.copyOf(findings));
    }

    @Override
    public Map<Anchor, String> dismissals(long postId) {
        return Map.copyOf(dismissals.getOrDefault(postId, Map.of()));
    }

    @Override
    public void dismiss(long postId, Finding finding, String reason) {
        if (!stored.getOrDefault(postId, List.of()).contains(finding)) throw new IllegalStateException("not stored");
        dismissals.computeIfAbsent(postId, k -> new HashMap<>()).put(Anchor.of(finding), reason);
    }

    @Override
    public void undismiss(long postId, Finding finding) {
        dismissals.getOrDefault(postId, new HashMap<>()).remove(Anchor.of(finding));
    }

    @Override
    public void setCheckEnabled(String checkId, boolean enabled) {
        if (enabled) disabled.remove(checkId);
        else disabled.add(checkId);
    }

    @Override
    public Set<String> disabledChecks() {
        return Set.copyOf(disabled);
    }

    @Override
    public void refreshStats() {
        if (statsFailure != null) throw statsFailure;
        statsRefreshed++;
    }

    @Override
    public boolean loadStats() {
        return true;
    }
}
