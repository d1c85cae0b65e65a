package org.reviewdesk.gui.spelling;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.reviewdesk.checks.SpellingSettings;
import org.reviewdesk.checks.spelling.Misspelling;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.gui.task.LatestValueJob;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.SpellingService;

/**
 * The misspellings of the open post as the editor holds it: spelled off the FX thread a moment after typing stops
 * (the latest text wins), published only while the text is still the one spelled, so the marks land on their words.
 * The dictionary is read the first time a post is spelled, never at the window's start. Plain Java.
 */
public final class SpellingViewModel {
    /** Typing costs nothing; a pause of this long spells the text. */
    public static final Duration CHECK_DELAY = Duration.ofMillis(300);
    public static final int SUGGESTIONS = 5;

    private final SpellingAccess access;
    private final BackgroundExecutor libraryExecutor;
    private final BackgroundExecutor computeExecutor;
    private final LatestValueJob<Request, List<Misspelling>> job;
    private final ReadOnlyObjectWrapper<Marked> marked = new ReadOnlyObjectWrapper<>(this, "marked", new Marked(0, List.of()));
    private final ObjectProperty<Consumer<String>> onNotice = new SimpleObjectProperty<>(m -> { });
    private final ObjectProperty<Runnable> onWordsChanged = new SimpleObjectProperty<>(() -> { });
    /** The library's settings, null while unread or while the check is switched off. */
    private SpellingSettings settings;
    private long version;
    private long postId = -1;
    private Post post;
    private BackgroundExecutor.Cancellable pending;

    /** The misspellings of the text numbered {@code version}. */
    public record Marked(long version, List<Misspelling> misspellings) {
    }

    private record Request(long version, Post post, SpellingSettings settings) {
    }

    public SpellingViewModel(SpellingAccess access, BackgroundExecutor libraryExecutor, BackgroundExecutor computeExecutor) {
        this.access = access;
        this.libraryExecutor = libraryExecutor;
        this.computeExecutor = computeExecutor;
        this.job = new LatestValueJob<>(computeExecutor, r -> SpellingService.misspellings(r.post(), r.settings()), r -> {
            if (r.input().version() == version) marked.set(new Marked(version, r.output()));
        }, e -> onNotice.get().accept("The spelling check failed: " + e.getMessage()));
    }

    public ReadOnlyObjectProperty<Marked> markedProperty() {
        return marked.getReadOnlyProperty();
    }

    public ObjectProperty<Consumer<String>> onNoticeProperty() {
        return onNotice;
    }

    /** Called after a word was added to the dictionary or ignored: the findings want checking again. */
    public ObjectProperty<Runnable> onWordsChangedProperty() {
        return onWordsChanged;
    }

    /**
     * A post was opened ({@code post} null: closed): its marks go, and the library's words are read again before it
     * is spelled.
     */
    public void opened(long id, Post opened) {
        version++;
        cancelPending();
        postId = opened == null ? -1 : id;
        post = opened;
        marked.set(new Marked(version, List.of()));
        if (post != null) reloadSettings(null);
    }

    /** The open post was edited (typed, or its meta changed): it is spelled once typing pauses. */
    public void changed(Post now) {
        version++;
        cancelPending();
        post = now;
        if (settings == null || post == null) return;
        pending = computeExecutor.schedule(CHECK_DELAY, this::spellNow);
    }

    private void spellNow() {
        cancelPending();
        if (settings != null && post != null) job.request(new Request(version, post, settings));
    }

    private void cancelPending() {
        if (pending != null) pending.cancel();
        pending = null;
    }

    /** Reads the library's settings in the background, then does {@code after} there, then spells the text again. */
    private void reloadSettings(Runnable after) {
        libraryExecutor.submit(() -> {
            if (after != null) after.run();
            return access.settings();
        }, s -> {
            settings = s.orElse(null);
            if (settings == null) marked.set(new Marked(version, List.of()));
            else spellNow();
            if (after != null) onWordsChanged.get().run();
        }, e -> onNotice.get().accept("Could not read the library's spelling words: " + e.getMessage()));
    }

    /** Up to five corrections of a misspelt word, likeliest first (the dictionary is in memory once marks show). */
    public List<String> suggestions(String word) {
        return settings == null ? List.of() : SpellingService.suggestions(settings.language(), word, SUGGESTIONS);
    }

    public void addToDictionary(String word) {
        reloadSettings(() -> access.addToDictionary(word));
    }

    public void ignoreInPost(String word) {
        long id = postId;
        if (id >= 0) reloadSettings(() -> access.ignoreInPost(id, word));
    }

    /** The library's words or the check's switch changed elsewhere (the Settings dialog): read them again. */
    public void settingsChanged() {
        if (post != null) reloadSettings(null);
    }
}
