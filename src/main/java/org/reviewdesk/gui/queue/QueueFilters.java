package org.reviewdesk.gui.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.model.library.QueueFilter;

/**
 * The queue's filters as properties the filter bar binds to, the {@link QueueFilter} they make, and the choices the
 * bar offers (the checks with open findings and how many posts have them, the assignees). Two switch the default
 * queue (needs review; freshness at or below a threshold); the others narrow it.
 */
public final class QueueFilters {
    /** The assignee choice for posts assigned to nobody. */
    public static final String UNASSIGNED = "(unassigned)";
    /** The assignee choice for the person using the window. */
    public static final String ME = "(me)";

    private final BooleanProperty needsReview = new SimpleBooleanProperty(this, "needsReview", true);
    private final BooleanProperty staleOn = new SimpleBooleanProperty(this, "staleOn", true);
    private final IntegerProperty threshold = new SimpleIntegerProperty(this, "threshold", QueueFilter.DEFAULT_FRESHNESS_THRESHOLD);
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final StringProperty difficulty = new SimpleStringProperty(this, "difficulty");
    private final StringProperty stackOrTool = new SimpleStringProperty(this, "stackOrTool");
    private final StringProperty assignee = new SimpleStringProperty(this, "assignee");
    private final BooleanProperty withFindings = new SimpleBooleanProperty(this, "withFindings");
    private final BooleanProperty withOpenComments = new SimpleBooleanProperty(this, "withOpenComments");
    private final ObservableList<String> checks = FXCollections.observableArrayList();
    private final StringProperty severity = new SimpleStringProperty(this, "severity");
    private final StringProperty maxQuality = new SimpleStringProperty(this, "maxQuality");
    private final StringProperty maxDepth = new SimpleStringProperty(this, "maxDepth");
    private final StringProperty maxClarity = new SimpleStringProperty(this, "maxClarity");
    private final StringProperty maxReadingTime = new SimpleStringProperty(this, "maxReadingTime");
    private final StringProperty maxReadingEase = new SimpleStringProperty(this, "maxReadingEase");
    private final ObservableList<String> checkChoices = FXCollections.observableArrayList();
    private final ObservableList<String> assigneeChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper findingCounts = new ReadOnlyStringWrapper(this, "findingCounts", "");
    /** What the per-check counts say while the counts of a new filter are being read. */
    static final String COUNTING = "counting findings\u2026";
    /** The filter whose counts the bar shows; a reading under way (only one at a time); the filter to read next. */
    private QueueFilter shownFilter;
    private boolean reading;
    private QueueFilter waiting;
    /** Who "(me)" is: the system's user name until the library's user.name setting is read. */
    private String me;

    public QueueFilters() {
        this(System.getProperty("user.name"));
    }

    QueueFilters(String me) {
        this.me = me;
    }

    /** Who "(me)" is from now on: the library's user.name setting (read in the background when the library opens). */
    public void me(String name) {
        if (name != null && !name.isBlank()) me = name;
    }

    /** The filter the properties describe now; blank texts filter nothing, and so does a bound that is not a number. */
    public QueueFilter filter() {
        String who = blankToNull(assignee.get());
        if (UNASSIGNED.equals(who)) who = "";
        else if (ME.equals(who)) who = me;
        return new QueueFilter(needsReview.get(), staleOn.get() ? threshold.get() : null, blankToNull(status.get()),
                blankToNull(difficulty.get()), blankToNull(stackOrTool.get()), who, withFindings.get() ? Boolean.TRUE : null)
                .withFindings(List.copyOf(checks), blankToNull(severity.get()) == null ? List.of() : List.of(severity.get().strip()))
                .withRanges(atMost(maxQuality), atMost(maxDepth), atMost(maxClarity), atMost(maxReadingTime))
                .withReadingEase(atMost(maxReadingEase))
                .withMinOpenComments(withOpenComments.get() ? Integer.valueOf(1) : null);
    }

    /** Sets every property to what {@code f} says (a saved view being applied). */
    public void set(QueueFilter f) {
        needsReview.set(f.needsReview());
        staleOn.set(f.maxFreshness() != null);
        if (f.maxFreshness() != null) threshold.set(f.maxFreshness());
        status.set(f.status());
        difficulty.set(f.difficulty());
        stackOrTool.set(f.stackOrTool());
        assignee.set(f.assignee() == null ? null : f.assignee().isEmpty() ? UNASSIGNED : f.assignee().equals(me) ? ME : f.assignee());
        withFindings.set(Boolean.TRUE.equals(f.hasFindings()));
        withOpenComments.set(f.minOpenComments() != null);
        for (String id : f.checkIds()) if (!checkChoices.contains(id)) checkChoices.add(id);
        checks.setAll(f.checkIds());
        severity.set(f.severities().isEmpty() ? null : f.severities().get(0));
        maxQuality.set(bound(f.quality()));
        maxDepth.set(bound(f.depth()));
        maxClarity.set(bound(f.clarity()));
        maxReadingTime.set(bound(f.readingTime()));
        maxReadingEase.set(bound(f.readingEase()));
    }

    /**
     * Reads the choices the bar offers for {@code filter} in the background: the checks with open findings among the
     * posts it selects, with their counts ("repeated-sentence 212 \u00b7 hidden-content 3"), and the assignees. At
     * 100,000 posts a reading takes up to a second (decision 0018), so one runs at a time and only the newest filter
     * asked for meanwhile is read after it; until the counts of a new filter are there the bar says they are being
     * counted, never the counts of another filter.
     */
    void loadChoices(QueueAccess access, BackgroundExecutor executor, QueueFilter filter) {
        if (!filter.equals(shownFilter)) findingCounts.set(COUNTING);
        if (reading) {
            waiting = filter;
            return;
        }
        reading = true;
        executor.submit(() -> new Choices(access.findingCounts(filter), access.assignees()), choices -> {
            if (waiting == null) show(filter, choices);
            readNext(access, executor);
        }, e -> {
            if (waiting == null) findingCounts.set("");
            readNext(access, executor);
        });
    }

    private void readNext(QueueAccess access, BackgroundExecutor executor) {
        reading = false;
        QueueFilter next = waiting;
        waiting = null;
        if (next != null) loadChoices(access, executor, next);
    }

    private void show(QueueFilter filter, Choices choices) {
        shownFilter = filter;
        // Choices are only ever added, at the end: the check box list keeps its ticks by position.
        for (String id : choices.counts().keySet()) if (!checkChoices.contains(id)) checkChoices.add(id);
        for (String selected : checks) if (!checkChoices.contains(selected)) checkChoices.add(selected);
        List<String> names = new ArrayList<>(List.of("", UNASSIGNED, ME));
        names.addAll(choices.assignees());
        if (!assigneeChoices.equals(names)) assigneeChoices.setAll(names);
        findingCounts.set(String.join(" \u00b7 ", choices.counts().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList()));
    }

    private record Choices(Map<String, Integer> counts, List<String> assignees) {
    }

    private static QueueFilter.Range atMost(StringProperty text) {
        String t = blankToNull(text.get());
        if (t == null || !t.matches("\\d{1,6}")) return QueueFilter.Range.ANY;
        return QueueFilter.Range.atMost(Integer.parseInt(t));
    }

    private static String bound(QueueFilter.Range range) {
        return range.max() == null ? null : Integer.toString(range.max());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public BooleanProperty needsReviewProperty() {
        return needsReview;
    }

    public BooleanProperty staleOnProperty() {
        return staleOn;
    }

    public IntegerProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty difficultyProperty() {
        return difficulty;
    }

    public StringProperty stackOrToolProperty() {
        return stackOrTool;
    }

    /** Only posts with findings of the editorial checks. */
    public BooleanProperty withFindingsProperty() {
        return withFindings;
    }

    /** Only posts with an open comment. */
    public BooleanProperty withOpenCommentsProperty() {
        return withOpenComments;
    }

    /** A name, {@link #UNASSIGNED}, {@link #ME}, or blank for anyone. */
    public StringProperty assigneeProperty() {
        return assignee;
    }

    /** Posts with an open finding of any of these checks. */
    public ObservableList<String> checks() {
        return checks;
    }

    /** error, warning, info, or blank for any. */
    public StringProperty severityProperty() {
        return severity;
    }

    public StringProperty maxQualityProperty() {
        return maxQuality;
    }

    public StringProperty maxDepthProperty() {
        return maxDepth;
    }

    public StringProperty maxClarityProperty() {
        return maxClarity;
    }

    public StringProperty maxReadingTimeProperty() {
        return maxReadingTime;
    }

    /** Posts whose prose reads at most this easily (Flesch reading ease as last checked). */
    public StringProperty maxReadingEaseProperty() {
        return maxReadingEase;
    }

    /** The checks that had open findings in the queue so far (and those chosen), in the order first seen. */
    public ObservableList<String> checkChoices() {
        return checkChoices;
    }

    public ObservableList<String> assigneeChoices() {
        return assigneeChoices;
    }

    /** "repeated-sentence 212 · hidden-content 3": posts per check among those the filter selects. */
    public ReadOnlyStringProperty findingCountsProperty() {
        return findingCounts.getReadOnlyProperty();
    }
}
