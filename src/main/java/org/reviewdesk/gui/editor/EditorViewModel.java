package org.reviewdesk.gui.editor;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.library.NewReferences;
import org.reviewdesk.gui.library.OpenedPost;
import org.reviewdesk.gui.library.StaleSaveException;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.gui.task.LatestValueJob;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/**
 * The open post: its text as the editor holds it, whether that text is saved, and the commands that
 * open, save and create posts. Saves run on the library executor, a moment after typing stops, when
 * another post is opened and when the window closes; the status only says "Saved" once the store
 * committed the text.
 */
public final class EditorViewModel {
    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(800);
    /**
     * The body scan rests this long after each run: on a 10,000-word post it takes 10 to 25 ms and 2 MB, which at
     * every keystroke kept a core busy and the collector running, for a word count nobody reads at every keystroke.
     */
    public static final Duration BODY_SCAN_REST = Duration.ofMillis(300);

    private final LibraryAccess library;
    private final BackgroundExecutor executor;
    /** Words and reading time come from the checks' body scan, which is too heavy for every keystroke on the FX thread. */
    private final LatestValueJob<String, BodyStructure> bodyScan;
    private final ReadOnlyObjectWrapper<OpenedPost> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.NOTHING_OPEN);
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper words = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper readingMinutes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<BodyStructure> bodyStructure = new ReadOnlyObjectWrapper<>(this, "bodyStructure");
    private final ObjectProperty<Consumer<String>> onNotice = new SimpleObjectProperty<>(m -> { });
    private final ObjectProperty<Runnable> onLibraryChanged = new SimpleObjectProperty<>(() -> { });
    private final javafx.beans.property.ReadOnlyLongWrapper metaEdits = new javafx.beans.property.ReadOnlyLongWrapper(this, "metaEdits");
    private final ObjectProperty<Consumer<OpenedPost>> onSaved = new SimpleObjectProperty<>(p -> { });
    private final ObjectProperty<Consumer<Meta>> onMetaSaved = new SimpleObjectProperty<>(m -> { });
    private final ReadOnlyObjectWrapper<FieldDrafts> savedDrafts = new ReadOnlyObjectWrapper<>(this, "savedDrafts", FieldDrafts.NONE);

    /** The stored state the next save builds on; changes on every save, unlike {@link #document}. */
    private OpenedPost base;
    private String savedBody = "";
    /** Title and meta as the meta form edited them; saved together with the body, in the same transaction. */
    private String title = "";
    private Meta meta;
    /** The text of meta fields the meta box cannot hold, as the form last handed it; saved with the post. */
    private FieldDrafts drafts = FieldDrafts.NONE;
    private String savedTitle = "";
    private Meta savedMeta;
    private boolean saving;
    private boolean saveAgain;
    private BackgroundExecutor.Cancellable autosave;

    public EditorViewModel(LibraryAccess library, BackgroundExecutor libraryExecutor, BackgroundExecutor computeExecutor) {
        this.library = library;
        this.executor = libraryExecutor;
        this.bodyScan = new LatestValueJob<>(computeExecutor, BodyStructure::of, r -> {
            words.set(r.output().words());
            readingMinutes.set(r.output().readingMinutes());
            bodyStructure.set(r.output());
        }, e -> { }, BODY_SCAN_REST);
    }

    /** The post last loaded into the editor; the view replaces its text when this changes. */
    public ReadOnlyObjectProperty<OpenedPost> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** The saved state as the status bar words it, with the reason of a failure. */
    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty wordsProperty() {
        return words.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty readingMinutesProperty() {
        return readingMinutes.getReadOnlyProperty();
    }

    /** The latest scan of the body (null until the first one finished): the meta form's computed figures. */
    public ReadOnlyObjectProperty<BodyStructure> bodyStructureProperty() {
        return bodyStructure.getReadOnlyProperty();
    }

    /**
     * The meta form changed the title, the meta box or its field drafts: they are saved with the body, a moment
     * after the last change, under the same row version. Ignored while no post is open.
     */
    public void editMeta(String newTitle, Meta newMeta, FieldDrafts newDrafts) {
        if (base == null) return;
        title = Objects.requireNonNull(newTitle);
        meta = Objects.requireNonNull(newMeta);
        drafts = Objects.requireNonNull(newDrafts);
        metaEdits.set(metaEdits.get() + 1);
        updateState();
        if (dirty.get()) {
            cancelAutosave();
            autosave = executor.schedule(AUTOSAVE_DELAY, this::saveNow);
        }
    }

    /** Where messages for the user go (a lost save race, an error); the view shows them. */
    public ObjectProperty<Consumer<String>> onNoticeProperty() {
        return onNotice;
    }

    /** Called after this view model changed the library (a copy was created), so lists refresh. */
    public ObjectProperty<Runnable> onLibraryChangedProperty() {
        return onLibraryChanged;
    }

    /** Called on the FX thread after each successful save with the post as stored (the findings are stored then). */
    public ObjectProperty<Consumer<OpenedPost>> onSavedProperty() {
        return onSaved;
    }

    /**
     * Called on the FX thread after a save of the open post stored its meta box: the meta form's fields that break
     * their rule fall back to it from then on.
     */
    public ObjectProperty<Consumer<Meta>> onMetaSavedProperty() {
        return onMetaSaved;
    }

    /** The field drafts stored with the open post: while there are any, the status says it is not saved. */
    public ReadOnlyObjectProperty<FieldDrafts> savedDraftsProperty() {
        return savedDrafts.getReadOnlyProperty();
    }

    /** Counts the title and meta edits, so that what depends on them (the checks) follows them. */
    public javafx.beans.property.ReadOnlyLongProperty metaEditsProperty() {
        return metaEdits.getReadOnlyProperty();
    }

    /** The open post as the editor holds it now, unsaved text included, or null. */
    public Post currentPost() {
        return base == null ? null : new Post(title, text.get(), meta);
    }

    public boolean hasOpenPost() {
        return base != null;
    }

    public long openPostId() {
        return base == null ? -1 : base.id();
    }

    /** Saves what is pending, then loads post {@code id}; {@code then} runs once it is shown. */
    public void open(long id, Runnable then) {
        if (base != null && base.id() == id) {
            then.run();
            return;
        }
        saveNow();
        executor.submit(() -> library.open(id), opened -> {
            show(opened);
            then.run();
        }, e -> onNotice.get().accept("Could not open the post: " + message(e)));
    }

    public void open(long id) {
        open(id, () -> { });
    }

    /** Reopens the post of the last session; a post that is gone since is no reason for an error. */
    public void openIfPresent(long id) {
        executor.submit(() -> library.open(id), opened -> {
            if (base == null) show(opened);
        }, e -> { });
    }

    /** Loads a stored post into the editor, replacing its text. */
    private void show(OpenedPost opened) {
        cancelAutosave();
        base = opened;
        savedBody = opened.post().body();
        title = savedTitle = opened.post().title();
        meta = savedMeta = opened.post().meta();
        drafts = opened.drafts();
        savedDrafts.set(opened.drafts());
        saveAgain = false;
        document.set(opened);
        edit(opened.post().body());
    }

    /**
     * Another process changed the library: if it changed the open post and the user has nothing
     * unsaved, show the stored text; unsaved text is never replaced (its save will report the race).
     */
    public void reloadIfChangedElsewhere() {
        if (base == null || dirty.get() || saving) return;
        long id = base.id();
        long known = base.rowVersion();
        executor.submit(() -> library.open(id), stored -> {
            if (base != null && base.id() == id && base.rowVersion() == known && stored.rowVersion() != known
                    && !dirty.get() && !saving) {
                show(stored);
            }
        }, e -> { });
    }

    /** Closes the editor (for example when its post went to the trash). */
    public void clear() {
        cancelAutosave();
        base = null;
        savedBody = "";
        meta = savedMeta = null;
        drafts = FieldDrafts.NONE;
        savedDrafts.set(FieldDrafts.NONE);
        title = savedTitle = "";
        document.set(null);
        text.set("");
        updateState();
    }

    /** The editor's text changed (typing, undo, a loaded post). */
    public void edit(String newText) {
        text.set(Objects.requireNonNull(newText));
        bodyScan.request(newText);
        updateState();
        if (dirty.get()) {
            cancelAutosave();
            autosave = executor.schedule(AUTOSAVE_DELAY, this::saveNow);
        }
    }

    /** Ctrl+S, leaving the post, closing the window: save at once if anything is unsaved. */
    public void saveNow() {
        saveNow(() -> { });
    }

    /** Saves at once; {@code then} runs on the FX thread when nothing is left unsaved (or the save failed). */
    public void saveNow(Runnable then) {
        cancelAutosave();
        if (base == null || !dirty.get()) {
            if (!saving) then.run();
            else afterSave = chain(afterSave, then);
            return;
        }
        if (saving) {
            saveAgain = true;
            afterSave = chain(afterSave, then);
            return;
        }
        afterSave = chain(afterSave, then);
        OpenedPost from = base;
        Post post = new Post(title, text.get(), meta);
        FieldDrafts sent = drafts;
        saving = true;
        updateState();
        executor.submit(() -> library.save(from.id(), from.rowVersion(), post, sent),
                stored -> saved(from, post, sent, stored),
                e -> saveFailed(from, post, sent, e));
    }

    private Runnable afterSave = () -> { };

    private static Runnable chain(Runnable first, Runnable second) {
        return () -> {
            first.run();
            second.run();
        };
    }

    private void saved(OpenedPost from, Post post, FieldDrafts sent, OpenedPost stored) {
        saving = false;
        if (base != null && base.id() == from.id()) {
            base = stored;
            savedBody = post.body();
            // A new title shows in the library list only once the list reads it again.
            if (!post.title().equals(savedTitle)) onLibraryChanged.get().run();
            savedTitle = post.title();
            savedMeta = post.meta();
            savedDrafts.set(sent);
            lastError = null;
            onSaved.get().accept(stored);
            onMetaSaved.get().accept(post.meta());
        }
        updateState();
        finishSaving();
    }

    private void saveFailed(OpenedPost from, Post post, FieldDrafts sent, Throwable e) {
        saving = false;
        if (e instanceof StaleSaveException stale) {
            keepBoth(from, post, sent, stale.current());
        } else {
            lastError = message(e);
            onNotice.get().accept("The post \"" + post.title() + "\" was not saved: " + lastError);
        }
        updateState();
        saveAgain = false;
        Runnable done = afterSave;
        afterSave = () -> { };
        done.run();
    }

    private void finishSaving() {
        if (saveAgain) {
            saveAgain = false;
            saveNow(() -> { });
            return;
        }
        if (!saving) {
            Runnable done = afterSave;
            afterSave = () -> { };
            done.run();
        }
    }

    private String lastError;

    /**
     * Another writer won the race. An editor wants neither text lost and wants to see the other
     * version: the stored version goes into the editor, and the user's text becomes a new post that
     * is saved at once, with the text of its meta fields that break their rule, so it survives whatever happens next.
     */
    private void keepBoth(OpenedPost from, Post mine, FieldDrafts myDrafts, OpenedPost theirs) {
        String stamp = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        Post copy = new Post(mine.title() + " (my edit " + stamp + ")", mine.body(),
                mine.meta().toBuilder().reference(NewReferences.fresh()).build());
        if (base != null && base.id() == from.id()) {
            show(theirs);
        }
        executor.submit(() -> {
            long id = library.create(copy);
            if (!myDrafts.isEmpty()) library.save(id, library.open(id).rowVersion(), copy, myDrafts);
            return id;
        }, id -> {
            onLibraryChanged.get().run();
            onNotice.get().accept("Someone else saved \"" + mine.title() + "\" while you were editing it. "
                    + "The editor now shows their version; your text is kept as the new post \"" + copy.title() + "\".");
        }, e -> onNotice.get().accept("Someone else saved \"" + mine.title() + "\" first, and your text could not be "
                + "kept as a copy (" + message(e) + "). Copy it from here:\n\n" + mine.body()));
    }

    private void updateState() {
        boolean isDirty = base != null && (!text.get().equals(savedBody) || !title.equals(savedTitle)
                || !Objects.equals(meta, savedMeta) || !drafts.equals(savedDrafts.get()));
        dirty.set(isDirty);
        SaveState state;
        if (base == null) state = SaveState.NOTHING_OPEN;
        else if (saving) state = SaveState.SAVING;
        else if (isDirty && lastError != null) state = SaveState.FAILED;
        else if (isDirty) state = SaveState.UNSAVED;
        else if (!savedDrafts.get().isEmpty()) state = SaveState.FIELD_ERRORS;
        else state = SaveState.SAVED;
        saveState.set(state);
        saveStatus.set(switch (state) {
            case FAILED -> state.label() + ": " + lastError;
            case FIELD_ERRORS -> state.label() + ": " + fieldErrors(savedDrafts.get().count());
            default -> state.label();
        });
    }

    private static String fieldErrors(int fields) {
        return fields == 1 ? "1 field has an error" : fields + " fields have errors";
    }

    private void cancelAutosave() {
        if (autosave != null) {
            autosave.cancel();
            autosave = null;
        }
    }

    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.CompletionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
