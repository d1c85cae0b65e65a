package org.reviewdesk.model.library;

import java.util.List;

/**
 * A triage of posts as a window showed them: what was done to those still as shown ({@code done}, null when none
 * was), and the titles of those that changed since, or left the library, which were left as they are.
 */
public record TriageResult<T>(T done, List<String> changed) {
    public TriageResult {
        changed = List.copyOf(changed);
    }
}
