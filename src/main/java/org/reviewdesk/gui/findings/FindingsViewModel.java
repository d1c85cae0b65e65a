package org.reviewdesk.gui.findings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.gui.task.Failures;
import org.reviewdesk.gui.task.LatestValueJob;
import org.reviewdesk.model.Post;

/**
 * The findings of the open post: checked off the FX thread a moment after each edit (the latest text
 * wins), stored with the post after each save, grouped by severity, with jumps, quick fixes, dismissals
 * and a per-library switch to turn a check off. Plain Java: tests drive it with the same-thread executor.
 */
public final class FindingsViewModel {
    /** Long enough that typing a word costs one check, short enough that the panel follows the reader. */
    public static final Duration CHECK_DELAY = Duration.ofMillis(600);

    private final FindingsAccess access;
    private final BackgroundExecutor executor;
    private boolean countingStats;
    private boolean countAgain;
    private final FindingsEditor editor;
    private final LatestValueJob<Request, Checked> checkJob;
    private final ReadOnlyObjectWrapper<Checked> shown = new ReadOnlyObjectWrapper<>(this, "shown", Checked.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObjectProperty<Consumer<String>> onNotice = new SimpleObjectProperty<>(m -> { });
    private final ObjectProperty<Runnable> onChecksChanged = new SimpleObjectProperty<>(() -> { });
    private BackgroundExecutor.Cancellable pendingCheck;

    /** The post to check and whether its findings are to be stored (after a save). */
    private record Request(long postId, Post post, boolean store, long asked) {
    }

    /**
     * A save's check and store, one job per post: in the one job of the checks, opening another post replaced a left
     * post's waiting store, and its findings were never stored (the queue kept counting the text before the edit).
     */
    private final java.util.Map<Long, LatestValueJob<Request, Checked>> storeJobs = new java.util.HashMap<>();
    /** Counts the requests, so that a result older than the one shown (a save's, after a newer edit's) is not shown. */
    private long asked;
    private long shownAsked;

    public FindingsViewModel(FindingsAccess access, BackgroundExecutor executor, FindingsEditor editor) {
        this.access = access;
        this.executor = executor;
        this.editor = editor;
        this.checkJob = newCheckJob();
    }

    public ReadOnlyObjectProperty<Checked> checkedProperty() {
        return shown.getReadOnlyProperty();
    }

    /** "3 findings", "1 finding", "no findings", "checking…" until a newly opened post's first check, or nothing. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<Consumer<String>> onNoticeProperty() {
        return onNotice;
    }

    /**
     * The open post changed (typed, loaded, meta edited): check it a moment later. Another post opened shows as being
     * checked at once, so that the last post's findings (a large post's check takes seconds) never stand for it.
     */
    public void postChanged(long postId, Post post) {
        cancelPending();
        if (post == null || postId < 0) {
            display(Checked.NONE);
            return;
        }
        if (postId != shown.get().postId()) display(Checked.checking(postId));
        pendingCheck = executor.schedule(CHECK_DELAY, () -> {
            pendingCheck = null;
            checkJob.request(new Request(postId, post, false, ++asked));
        });
    }

    /** The post was saved: check it as saved at once and store its findings, so the queue counts them. */
    public void saved(long postId, Post post) {
        storeJobs.computeIfAbsent(postId, id -> newCheckJob()).request(new Request(postId, Objects.requireNonNull(post), true, ++asked));
    }

    /**
     * The library opened: takes its sentences as last counted, and counts them again in the background when
     * the library has changed much since (or they never were).
     */
    public void loadStats() {
        executor.submit(access::loadStats, current -> {
            recheckOpenPost();
            if (!current) refreshStats();
        }, e -> onNotice.get().accept("Could not read the library's sentence counts: " + Failures.message(e)));
    }

    /**
     * Recounts the library's sentences in the background (posts were imported). One count at a time: asked again
     * while one runs, it counts once more after it.
     */
    public void refreshStats() {
        if (countingStats) {
            countAgain = true;
            return;
        }
        countingStats = true;
        executor.submit(() -> {
            access.refreshStats();
            return true;
        }, done -> {
            statsCounted();
            recheckOpenPost();
        }, e -> {
            statsCounted();
            onNotice.get().accept("Could not count the library's sentences: " + Failures.message(e));
        });
    }

    private void statsCounted() {
        countingStats = false;
        if (countAgain) {
            countAgain = false;
            refreshStats();
        }
    }

    /** Where a click on a finding goes: the body range, else its line, else the meta field. */
    public void jump(FindingRow row) {
        Finding f = row.finding();
        Post post = editor.currentPost();
        if (f.hasRange()) {
            editor.select(f.start(), f.end());
        } else if (f.line() > 0 && post != null) {
            int[] range = lineRange(post.body(), f.line());
            editor.select(range[0], range[1]);
        } else if (f.metaField() != null) {
            editor.revealMetaField(f.metaField());
        }
    }

    /**
     * Applies the finding's quick fix to the post as the editor holds it now (not as it was checked), as
     * an edit the user can undo, then checks again at once.
     */
    public void applyQuickFix(FindingRow row) {
        Post before = editor.currentPost();
        if (before == null || row.finding().quickFix().isEmpty()) return;
        Post after = row.finding().quickFix().get().apply(before);
        if (!after.meta().equals(before.meta()) && !editor.replaceMeta(after.meta())) {
            onNotice.get().accept("This fix changes the post's meta, which the window cannot edit yet: "
                    + row.finding().message());
            return;
        }
        if (!after.body().equals(before.body())) editor.replaceBody(after.body());
        recheckOpenPost();
    }

    /** Dismisses a finding of the post shown now with a reason; the library keeps it, and the next runs show it dismissed. */
    public void dismiss(FindingRow row, String reason) {
        dismiss(shown.get().postId(), row, reason);
    }

    /**
     * Dismisses a finding of post {@code postId}, the post shown when "Dismiss…" was pressed: refused if another post is
     * shown now (it opened while the reason was written), since the findings at hand would be that post's.
     */
    public void dismiss(long postId, FindingRow row, String reason) {
        if (reason == null || reason.isBlank()) {
            onNotice.get().accept("A dismissal needs a reason, so that the next reviewer knows why.");
            return;
        }
        Checked now = shown.get();
        if (postId < 0) return;
        if (now.postId() != postId || now.checking()) {
            onNotice.get().accept("Nothing was dismissed: another post opened while the reason was written.");
            return;
        }
        List<Finding> findings = new ArrayList<>();
        now.active().forEach(r -> findings.add(r.finding()));
        now.dismissed().forEach(r -> findings.add(r.finding()));
        executor.submit(() -> {
            // The store dismisses what it holds: hold the findings the user is looking at first.
            access.store(postId, findings);
            access.dismiss(postId, row.finding(), reason.strip());
            return true;
        }, done -> recheckOpenPost(), e -> onNotice.get().accept("Could not dismiss the finding: " + Failures.message(e)));
    }

    /** Takes a dismissal back: the finding joins the open ones again, here and in the queue. */
    public void bringBack(FindingRow row) {
        long postId = shown.get().postId();
        if (postId < 0 || !row.dismissed()) return;
        executor.submit(() -> {
            access.undismiss(postId, row.finding());
            return true;
        }, done -> recheckOpenPost(), e -> onNotice.get().accept("Could not bring the finding back: " + Failures.message(e)));
    }

    /** Called once the library's checks changed (one turned off), so that the whole library can be checked again. */
    public ObjectProperty<Runnable> onChecksChangedProperty() {
        return onChecksChanged;
    }

    /** Turns a check off for this library; its findings leave the panel and, once the library is checked again, the queue. */
    public void turnOff(String checkId) {
        executor.submit(() -> {
            access.setCheckEnabled(checkId, false);
            return true;
        }, done -> {
            onNotice.get().accept("The check \"" + checkId + "\" is off for this library. "
                    + "File \u25b8 Settings\u2026 \u25b8 Checks turns it back on.");
            recheckOpenPost();
            onChecksChanged.get().run();
        }, e -> onNotice.get().accept("Could not turn the check off: " + Failures.message(e)));
    }

    /** Checks the open post again (the library's checks or settings changed). */
    public void recheckOpenPost() {
        cancelPending();
        Post post = editor.currentPost();
        if (post != null && editor.openPostId() >= 0) checkJob.request(new Request(editor.openPostId(), post, false, ++asked));
    }

    /** Runs in the background. */
    private Checked run(Request request) {
        List<Finding> findings = access.check(request.post());
        if (request.store()) access.store(request.postId(), request.post(), findings);
        Map<FindingsAccess.Anchor, String> reasons = access.dismissals(request.postId());
        List<FindingRow> active = new ArrayList<>();
        List<FindingRow> dismissed = new ArrayList<>();
        for (Finding f : findings) {
            String reason = reasons.get(FindingsAccess.Anchor.of(f));
            (reason == null ? active : dismissed).add(new FindingRow(f, reason));
        }
        Comparator<FindingRow> order = Comparator.<FindingRow, Severity>comparing(r -> r.finding().severity())
                .thenComparingInt(r -> r.finding().line());
        active.sort(order);
        dismissed.sort(order);
        return new Checked(request.postId(), request.post(), List.copyOf(active), List.copyOf(dismissed), false);
    }

    private void show(Request request, Checked checked) {
        // A result for a post the editor has left since is stale, and so is one asked before the one shown.
        if (checked.postId() >= 0 && checked.postId() != editor.openPostId()) return;
        if (checked.postId() == shown.get().postId() && request.asked() < shownAsked) return;
        shownAsked = request.asked();
        display(checked);
    }

    private LatestValueJob<Request, Checked> newCheckJob() {
        return new LatestValueJob<>(executor, this::run, r -> show(r.input(), r.output()), this::checkFailed, Duration.ZERO);
    }

    /** Says so; "not checked" is said of the post being checked only, never of one opened since. */
    private void checkFailed(Request request, Throwable e) {
        if (request.postId() == shown.get().postId() && shown.get().checking()) summary.set("not checked");
        onNotice.get().accept("The checks failed: " + Failures.message(e));
    }

    private void display(Checked checked) {
        shown.set(checked);
        int n = Checked.count(checked.active());
        summary.set(checked.postId() < 0 ? "" : checked.checking() ? "checking\u2026"
                : n == 0 ? "no findings" : n == 1 ? "1 finding" : n + " findings");
    }

    private void cancelPending() {
        if (pendingCheck != null) {
            pendingCheck.cancel();
            pendingCheck = null;
        }
    }

    /** Offsets of the start and end of a 1-based line of {@code body}. */
    static int[] lineRange(String body, int line) {
        int start = 0;
        for (int i = 1; i < line; i++) {
            int nl = body.indexOf('\n', start);
            if (nl < 0) return new int[] {body.length(), body.length()};
            start = nl + 1;
        }
        int end = body.indexOf('\n', start);
        return new int[] {start, end < 0 ? body.length() : end};
    }
}
