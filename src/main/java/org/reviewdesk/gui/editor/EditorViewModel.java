package org.reviewdesk.gui.editor;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.library.OpenedPost;
import org.reviewdesk.gui.library.SaveConflict;
import org.reviewdesk.gui.library.StaleSaveException;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.gui.task.Failures;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/**
 * The open post: its text as the editor holds it, whether that text is saved, and the commands that open, save and
 * create posts. Saves run on the library executor, a moment after typing stops, when another post is opened and when
 * the window closes; the status only says "Saved" once the store committed the text.
 */
public final class EditorViewModel {
    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(800);

    private final LibraryAccess library;
    private final BackgroundExecutor executor;
    private final BodyFigures figures;
    private final RefusedSave refused;
    private final ReadOnlyObjectWrapper<OpenedPost> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.NOTHING_OPEN);
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Consumer<String>> onNotice = new SimpleObjectProperty<>(m -> { });
    private final ObjectProperty<Runnable> onLibraryChanged = new SimpleObjectProperty<>(() -> { });
    private final javafx.beans.property.ReadOnlyLongWrapper metaEdits = new javafx.beans.property.ReadOnlyLongWrapper(this, "metaEdits");
    private final ObjectProperty<Consumer<OpenedPost>> onSaved = new SimpleObjectProperty<>(p -> { });
    private final ObjectProperty<Consumer<Meta>> onMetaSaved = new SimpleObjectProperty<>(m -> { });
    private final ReadOnlyObjectWrapper<FieldDrafts> savedDrafts = new ReadOnlyObjectWrapper<>(this, "savedDrafts", FieldDrafts.NONE);

    /** What the next save builds on and sends; its stored state changes on every save, unlike {@link #document}. */
    private final HeldPost held = new HeldPost();
    private final SaveSequence saves = new SaveSequence();
    private final Autosave autosave;
    private String lastError;
    private long opens; // the opens asked for: one still loading after a later one (A, B, back to A) is not shown

    public EditorViewModel(LibraryAccess library, BackgroundExecutor libraryExecutor, BackgroundExecutor computeExecutor) {
        this.library = library;
        this.executor = libraryExecutor;
        this.figures = new BodyFigures(computeExecutor);
        this.refused = new RefusedSave(library, libraryExecutor);
        this.autosave = new Autosave(libraryExecutor);
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

    /** The latest scan of the body (null until the open post's first one): the meta form's and status bar's figures. */
    public ReadOnlyObjectProperty<BodyScan> bodyScanProperty() {
        return figures.structureProperty();
    }

    /** The meta form changed title, meta box or field drafts: saved with the body, a moment later (none open: ignored). */
    public void editMeta(String newTitle, Meta newMeta, FieldDrafts newDrafts) {
        if (!held.isOpen()) return;
        held.edit(newTitle, newMeta, newDrafts);
        metaEdits.set(metaEdits.get() + 1);
        updateState();
        autosaveIfDirty();
    }

    /** Where messages for the user go (a lost save race; a failed save, once while saves keep failing); the view shows them. */
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

    /** After a save stored the open post's meta box (FX thread): the form's fields that break a rule fall back to it. */
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
        return held.current(text.get());
    }

    public boolean hasOpenPost() {
        return held.isOpen();
    }

    public long openPostId() {
        return held.isOpen() ? held.base().id() : -1;
    }

    /** The row version the open post was last read or saved at, or -1: what a triage of it from here names. */
    public long openRowVersion() {
        return held.isOpen() ? held.base().rowVersion() : -1;
    }

    /**
     * Saves what is pending, then loads post {@code id}; {@code then} runs once it is shown. The last open asked wins.
     */
    public void open(long id, Runnable then) {
        long mine = ++opens;
        if (openPostId() == id) {
            then.run();
            return;
        }
        saveNow();
        executor.submit(() -> library.open(id), opened -> {
            if (mine != opens) return;
            show(opened);
            then.run();
        }, e -> onNotice.get().accept("Could not open the post: " + Failures.message(e)));
    }

    public void open(long id) {
        open(id, () -> { });
    }

    /** Reopens the post of the last session; a post that is gone since is no reason for an error. */
    public void openIfPresent(long id) {
        executor.submit(() -> library.open(id), opened -> {
            if (!held.isOpen()) show(opened);
        }, e -> { });
    }

    /** Loads a stored post into the editor, replacing its text. */
    private void show(OpenedPost opened) {
        autosave.cancel();
        held.load(opened);
        savedDrafts.set(held.savedDrafts());
        saves.dropFollowUp();
        if (document.get() == null || document.get().id() != opened.id()) figures.postReplaced();
        document.set(opened);
        edit(opened.post().body());
    }

    /** Another process changed the open post: shown when nothing is unsaved; unsaved text is never replaced. */
    public void reloadIfChangedElsewhere() {
        if (!held.isOpen() || dirty.get() || saves.saving()) return;
        OpenedPost known = held.base();
        executor.submit(() -> library.open(known.id()), stored -> {
            if (held.holds(known) && held.base().rowVersion() == known.rowVersion()
                    && stored.rowVersion() != known.rowVersion() && !dirty.get() && !saves.saving()) {
                show(stored);
            }
        }, e -> { });
    }

    /** Closes the editor (for example when its post went to the trash). */
    public void clear() {
        autosave.cancel();
        held.clear();
        savedDrafts.set(FieldDrafts.NONE);
        document.set(null);
        text.set("");
        updateState();
    }

    /** The editor's text changed (typing, undo, a loaded post). */
    public void edit(String newText) {
        text.set(Objects.requireNonNull(newText));
        figures.bodyChanged(newText);
        updateState();
        autosaveIfDirty();
    }

    private void autosaveIfDirty() {
        if (dirty.get()) autosave.schedule(this::saveNow);
    }

    /** Ctrl+S, leaving the post, closing the window: save at once if anything is unsaved. */
    public void saveNow() {
        saveNow(() -> { });
    }

    /** Saves at once; {@code then} runs on the FX thread when nothing is left unsaved (or the save failed). */
    public void saveNow(Runnable then) {
        autosave.cancel();
        if (!held.isOpen() || !dirty.get()) {
            saves.nothingToSave(then);
            return;
        }
        if (!saves.start(then)) return;
        OpenedPost from = held.base();
        Post post = currentPost();
        FieldDrafts sent = held.drafts();
        updateState();
        executor.submit(() -> library.save(from.id(), from.rowVersion(), post, sent),
                stored -> saved(from, post, sent, stored),
                e -> saveFailed(from, post, sent, e));
    }

    private void saved(OpenedPost from, Post post, FieldDrafts sent, OpenedPost stored) {
        saves.ended();
        if (held.holds(from)) {
            // A new title shows in the library list only once the list reads it again.
            if (held.stored(stored, post, sent)) onLibraryChanged.get().run();
            savedDrafts.set(sent);
            lastError = null;
            onSaved.get().accept(stored);
            onMetaSaved.get().accept(post.meta());
        }
        updateState();
        if (saves.next()) saveNow();
    }

    private void saveFailed(OpenedPost from, Post post, FieldDrafts sent, Throwable e) {
        SaveConflict conflict = e instanceof StaleSaveException stale ? new SaveConflict(from, post, sent, stale.current()) : null;
        if (conflict != null && held.holds(from) && refused.handOn(conflict, (now, said) -> conflictSettled(conflict, now, said))) {
            // The save stays on its way (what waits for it, closing the window too, waits) until it is settled.
            lastError = "someone else saved it first";
            updateState();
            return;
        }
        saves.ended();
        if (conflict != null) {
            if (held.holds(from)) show(conflict.theirs());
            refused.keepCopy(conflict, () -> onLibraryChanged.get().run(), m -> onNotice.get().accept(m));
        } else {
            if (lastError == null) onNotice.get().accept("The post \"" + post.title() + "\" was not saved: " + Failures.message(e));
            lastError = Failures.message(e);
        }
        updateState();
        saves.failed();
    }

    /** Where a save someone else beat goes to be settled (else the user's text is kept as a new post). */
    public ObjectProperty<Consumer<org.reviewdesk.gui.conflict.ConflictViewModel>> onConflictProperty() {
        return refused.onConflictProperty();
    }

    /** The conflict handed on was settled: the editor shows {@code now}, the post as stored, says so, and saves go on. */
    private void conflictSettled(SaveConflict conflict, OpenedPost now, String notice) {
        saves.ended();
        lastError = null;
        if (held.holds(conflict.base())) show(now);
        onLibraryChanged.get().run();
        updateState();
        onNotice.get().accept(notice);
        if (saves.next()) saveNow();
    }

    private void updateState() {
        boolean isDirty = held.differs(text.get());
        dirty.set(isDirty);
        SaveState state = SaveState.of(held.isOpen(), saves.saving(), isDirty, lastError != null,
                !savedDrafts.get().isEmpty());
        saveState.set(state);
        saveStatus.set(state.status(lastError, savedDrafts.get().count()));
    }
}
