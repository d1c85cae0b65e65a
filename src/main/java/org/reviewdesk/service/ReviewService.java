package org.reviewdesk.service;

import org.reviewdesk.model.meta.PostRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.validation.FieldProblem;
import org.reviewdesk.store.Library;
import org.reviewdesk.model.library.StoredFinding;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.model.library.UndoToken;

/**
 * Marking posts reviewed, and what that requires (DESIGN.md, "Reviewing"): no meta errors, no open finding of a
 * check the library counts as an error, and every item of the library's review checklist ticked on the post. A
 * post that falls short is refused with each reason, unless the reviewer overrides with a reason of their own,
 * which the post's history keeps with their name. The window and the command line both come here.
 */
public final class ReviewService {
    /**
     * Checks whose findings are errors in every library that has not said otherwise, whatever their own severity:
     * text the published page would hide is never to go live unseen.
     */
    public static final Set<String> ERROR_BY_DEFAULT = Set.of("hidden-content");

    private final Library library;
    private final CheckService checks;
    private final Clock clock;
    /** Who is reviewing: the library's user.name setting, read at each use so that a change counts at once. */
    private final java.util.function.Supplier<String> user;
    private volatile boolean statsLoaded;

    ReviewService(Library library, CheckService checks, Clock clock, java.util.function.Supplier<String> user) {
        this.library = library;
        this.checks = checks;
        this.clock = clock;
        this.user = () -> {
            String name = user.get();
            return name == null || name.isBlank() ? "unknown" : name;
        };
    }

    /** A post that was not marked reviewed, and every reason. */
    public record Refusal(long postId, String reference, List<String> reasons) {
        public Refusal {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * What a call to mark posts reviewed did: the references marked (overridden ones included), the posts refused,
     * and how to undo the marking (null when nothing was marked).
     */
    public record Outcome(List<String> marked, List<Refusal> refused, UndoToken undo) {
        public Outcome {
            marked = List.copyOf(marked);
            refused = List.copyOf(refused);
        }
    }

    /** An item of the review checklist and whether it is ticked on a post (by whom, or null). */
    public record ChecklistItem(String item, boolean ticked, String tickedBy) {
    }

    /** Who the history names for a tick or an override: the user running Review Desk. */
    public String user() {
        return user.get();
    }

    /**
     * Marks the posts with these references as {@link #markReviewedIds} does, their rows locked while they are checked
     * and written, so that what was checked is what is marked; a post changed between the look-up and the lock
     * refuses the whole command with {@link PostChangedException}.
     */
    public Outcome markReviewed(List<String> references, SemVer.Bump bumpOrNull, String note, String overrideReason) {
        Map<Long, Long> read = new LinkedHashMap<>();
        List<Long> found = new ArrayList<>();
        for (String ref : references) {
            StoredPost post = find(ref);
            read.put(post.id(), post.rowVersion());
            found.add(post.id());
        }
        PostLookup.requireOutOfTrash(library, found, references);
        var result = library.queue().unchangedSince(read, ids -> ids.size() < read.size() ? null
                : markReviewedIds(ids, bumpOrNull, note, overrideReason));
        if (!result.changed().isEmpty()) {
            throw new PostChangedException("\u201c" + result.changed().get(0) + "\u201d", "changed while it was being checked");
        }
        return result.done();
    }

    /** As {@link #markReviewedIds}, over the posts a window's queue showed: those changed since are left out and named. */
    public org.reviewdesk.model.library.TriageResult<Outcome> markReviewedShown(Map<Long, Long> shown, SemVer.Bump bumpOrNull,
                                                                             String note, String overrideReason) {
        return library.queue().unchangedSince(shown, ids -> markReviewedIds(ids, bumpOrNull, note, overrideReason));
    }

    /**
     * Marks the posts that meet what "reviewed" requires, in one transaction; the others are refused with their
     * reasons, or, with a non-blank {@code overrideReason}, marked all the same and the override recorded.
     */
    public Outcome markReviewedIds(List<Long> ids, SemVer.Bump bumpOrNull, String note, String overrideReason) {
        boolean override = overrideReason != null && !overrideReason.isBlank();
        List<Long> toMark = new ArrayList<>();
        List<String> marked = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        Map<Long, String> overrides = new LinkedHashMap<>();
        for (long id : ids) {
            StoredPost post = library.posts().find(id).orElseThrow(() -> new PostNotFoundException("no post " + id));
            List<String> reasons = reasonsNotReviewed(post);
            if (reasons.isEmpty() || override) {
                toMark.add(id);
                marked.add(post.post().reference());
                if (!reasons.isEmpty()) {
                    overrides.put(id, "marked reviewed anyway by " + user.get() + ": " + overrideReason.strip()
                            + " (it was refused for: " + String.join("; ", reasons) + ")");
                }
            } else {
                refused.add(new Refusal(id, post.post().reference(), reasons));
            }
        }
        UndoToken undo = toMark.isEmpty() ? null : library.queue().markReviewed(toMark, LocalDate.now(clock),
                bumpOrNull, note, overrides);
        return new Outcome(marked, refused, undo);
    }

    /**
     * The meta form's fields that hold a value it cannot take (a score of 600), kept with the post until corrected:
     * the library holds the field's last valid value meanwhile, which is not what the reviewer sees and judged.
     */
    private List<String> fieldsInError(long id) {
        List<String> out = new ArrayList<>();
        library.posts().drafts(id).byField().forEach((field, typed) -> {
            String shown = typed.length() > 60 ? typed.substring(0, 60) + "\u2026" : typed;
            out.add("meta field in error: " + field + " holds '" + shown + "' in the form, not saved (correct it first)");
        });
        return out;
    }

    /** Why the post may not be marked reviewed as it is stored now; empty when it may. */
    public List<String> reasonsNotReviewed(String reference) {
        return reasonsNotReviewed(find(reference));
    }

    private List<String> reasonsNotReviewed(StoredPost post) {
        List<String> reasons = new ArrayList<>();
        for (FieldProblem p : PostRules.check(post.post())) reasons.add("meta error: " + p);
        reasons.addAll(fieldsInError(post.id()));
        Map<String, Boolean> said = library.reviews().errorChecks();
        Set<String> errors = errorChecks(said);
        if (!statsLoaded) {
            checks.loadStats();
            statsLoaded = true;
        }
        checks.recheck(post.id()); // the findings of the post as it is now, stored; dismissals are kept apart
        for (StoredFinding f : library.findings().list(post.id())) {
            if (f.dismissed()) continue;
            // A finding of error severity from a check the library has not spoken about counts too.
            if (errors.contains(f.checkId()) || (!said.containsKey(f.checkId()) && f.severity().equals("error"))) {
                reasons.add("open error finding: " + f.checkId() + (f.line() > 0 ? " at line " + f.line() : "")
                        + (f.field() != null ? " on " + f.field() : "") + ": " + f.message());
            }
        }
        for (ChecklistItem item : checklist(post.id())) {
            if (!item.ticked()) reasons.add("review checklist: \u201c" + item.item() + "\u201d is not ticked");
        }
        return reasons;
    }

    // The review checklist

    /** The library's review checklist: the items a reviewer must tick on a post before it is reviewed. */
    public List<String> checklist() {
        return library.reviews().checklist();
    }

    /** Adds an item to the library's checklist; false when it is there already. */
    public boolean addChecklistItem(String item) {
        return library.reviews().addChecklistItem(requireText(item, "a checklist item"));
    }

    /** Removes an item from the library's checklist; false when it was not there. */
    public boolean removeChecklistItem(String item) {
        return library.reviews().removeChecklistItem(requireText(item, "a checklist item"));
    }

    /** The library's checklist with the ticks of one post. */
    public List<ChecklistItem> checklist(String reference) {
        return checklist(find(reference).id());
    }

    private List<ChecklistItem> checklist(long postId) {
        Map<String, String> ticks = library.reviews().ticks(postId);
        return checklist().stream().map(item -> new ChecklistItem(item, ticks.containsKey(item), ticks.get(item))).toList();
    }

    /** Ticks or unticks an item of the checklist on a post; the post's history records it. False when unchanged. */
    public boolean tick(String reference, String item, boolean ticked) {
        StoredPost post = find(reference);
        String wanted = requireText(item, "a checklist item");
        List<String> list = checklist();
        if (!list.contains(wanted)) {
            throw new IllegalArgumentException("\u201c" + wanted + "\u201d is not on the library's review checklist ("
                    + (list.isEmpty() ? "it is empty" : "it has: " + String.join(", ", list)) + ")");
        }
        return library.reviews().tick(post.id(), wanted, ticked, user.get());
    }

    // Which checks are errors

    /**
     * The checks whose open findings keep a post from being reviewed in this library: by default each check whose
     * own severity is error, and {@link #ERROR_BY_DEFAULT}; then what the library has said, check by check.
     */
    public Set<String> errorChecks() {
        return errorChecks(library.reviews().errorChecks());
    }

    private Set<String> errorChecks(Map<String, Boolean> said) {
        Set<String> errors = new TreeSet<>(ERROR_BY_DEFAULT);
        for (Check c : checks.engine().checks()) {
            if (c.defaultSeverity() == Severity.ERROR) errors.add(c.id());
        }
        said.forEach((id, isError) -> {
            if (isError) errors.add(id);
            else errors.remove(id);
        });
        return errors;
    }

    /** Counts a check's open findings as errors (true) or not (false), or puts it back to its default (null). */
    public void setErrorCheck(String checkId, Boolean isError) {
        library.reviews().setErrorCheck(requireText(checkId, "a check id"), isError);
    }

    /** The ids of the checks this build knows, for a caller that wants to warn of a mistyped one. */
    public Set<String> knownChecks() {
        Set<String> ids = new TreeSet<>(ERROR_BY_DEFAULT);
        for (Check c : checks.engine().checks()) ids.add(c.id());
        return ids;
    }

    private StoredPost find(String reference) {
        return PostLookup.byReference(library, reference);
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException(what + " cannot be empty");
        return text.strip();
    }
}
