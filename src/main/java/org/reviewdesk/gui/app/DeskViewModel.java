package org.reviewdesk.gui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.reviewdesk.gui.editor.EditorViewModel;
import org.reviewdesk.gui.library.ImportSummary;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.queue.QueueViewModel;
import org.reviewdesk.gui.library.LibraryListViewModel;
import org.reviewdesk.gui.library.NewReferences;
import org.reviewdesk.gui.meta.MetaEditing;
import org.reviewdesk.gui.meta.MetaPanelViewModel;
import org.reviewdesk.gui.preview.PreviewRenderer;
import org.reviewdesk.gui.preview.PreviewViewModel;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;

/**
 * The desk as a whole: the list, the editor and the preview, and the commands that span them (new,
 * delete, trash, import, export, samples) plus the watch for writes by other processes.
 */
public final class DeskViewModel {
    public static final java.time.Duration CHANGE_POLL = ChangeWatch.POLL;

    private final LibraryAccess library;
    private final BackgroundExecutor libraryExecutor;
    private final BackgroundExecutor computeExecutor;
    private final LibraryListViewModel list;
    private final EditorViewModel editor;
    private final PreviewViewModel preview;
    private final MetaEditing meta;
    private final QueueViewModel queue;
    private final org.reviewdesk.gui.review.ReviewChecklistViewModel reviewChecklist;
    private final org.reviewdesk.gui.comments.CommentsViewModel comments;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final DeskImport imports;
    private final LibraryCheck libraryCheck;
    private final org.reviewdesk.gui.spelling.SpellingViewModel spelling;
    private final ChangeWatch changes;
    /** Null for a library that keeps no presence (an in-memory test library). */
    private final org.reviewdesk.gui.presence.PresenceViewModel presence;

    public DeskViewModel(LibraryAccess library, BackgroundExecutor libraryExecutor, BackgroundExecutor computeExecutor,
                         PreviewRenderer renderer) {
        this.library = library;
        this.libraryExecutor = libraryExecutor;
        // The list only reads: its searches run beside the library thread, so that a slow one (a body scan while the
        // search index is being built) never holds up opening or saving a post.
        this.computeExecutor = computeExecutor;
        this.libraryCheck = new LibraryCheck(library, computeExecutor);
        this.list = new LibraryListViewModel(library, computeExecutor);
        this.editor = new EditorViewModel(library, libraryExecutor, computeExecutor);
        this.preview = new PreviewViewModel(renderer, editor.textProperty(), computeExecutor);
        preview.darkProperty().bind(darkTheme);
        // Before the text listener renders the new post: the last post's preview must not stand for it meanwhile.
        editor.documentProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || was.id() != now.id())) preview.postReplaced(now.post().body());
        });
        editor.onLibraryChangedProperty().set(list::refresh);
        this.meta = new MetaEditing(editor, library, computeExecutor);
        this.imports = new DeskImport(library, libraryExecutor, computeExecutor, list::refresh,
                m -> editor.onNoticeProperty().get().accept(m));
        this.queue = library.queue().map(q -> new QueueViewModel(q, libraryExecutor, computeExecutor)).orElse(null);
        this.reviewChecklist = library.reviews()
                .map(r -> new org.reviewdesk.gui.review.ReviewChecklistViewModel(r, libraryExecutor)).orElse(null);
        this.comments = library.comments()
                .map(c -> new org.reviewdesk.gui.comments.CommentsViewModel(c, libraryExecutor)).orElse(null);
        this.spelling = library.spelling().map(s -> new org.reviewdesk.gui.spelling.SpellingViewModel(s,
                libraryExecutor, computeExecutor)).orElse(null);
        if (reviewChecklist != null) {
            editor.documentProperty().addListener((o, was, now) -> reviewChecklist.show(now == null ? null : now.post().reference()));
        }
        this.changes = new ChangeWatch(library, libraryExecutor, this::libraryAnswered);
        this.presence = library.presence().map(p -> new org.reviewdesk.gui.presence.PresenceViewModel(p, libraryExecutor,
                java.time.ZoneId.systemDefault())).orElse(null);
        if (presence != null) editor.documentProperty().addListener((o, was, now) -> presence.show(now == null ? -1 : now.id()));
    }

    /** Who else has the open post open, or null for a library that keeps no presence (an in-memory test library). */
    public org.reviewdesk.gui.presence.PresenceViewModel presence() {
        return presence;
    }

    /** "" while the library answers; while it does not (a team library's server gone), a word on reconnecting. */
    public javafx.beans.property.ReadOnlyStringProperty connectionProperty() {
        return changes.connectionProperty();
    }

    /** The open post's misspellings for the editor's marks, or null for a library without spelling words. */
    public org.reviewdesk.gui.spelling.SpellingViewModel spelling() {
        return spelling;
    }

    /** The history of a post, or null for a library without revisions. */
    public org.reviewdesk.gui.history.HistoryViewModel history(String reference) {
        return library.revisions().map(r -> new org.reviewdesk.gui.history.HistoryViewModel(r, libraryExecutor, reference))
                .orElse(null);
    }

    /** The review queue, or null for a library without one (an in-memory test library). */
    public QueueViewModel queue() {
        return queue;
    }

    public LibraryListViewModel list() {
        return list;
    }

    /** The library the desk works on; panels take their own narrow access from it. */
    public LibraryAccess library() {
        return library;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public PreviewViewModel preview() {
        return preview;
    }

    /** The review checklist of the open post, or null for a library without one (an in-memory test library). */
    public org.reviewdesk.gui.review.ReviewChecklistViewModel reviewChecklist() {
        return reviewChecklist;
    }

    /** The open post's comments, or null for a library without them (an in-memory test library). */
    public org.reviewdesk.gui.comments.CommentsViewModel comments() {
        return comments;
    }

    /** The meta form of the open post. */
    public MetaPanelViewModel meta() {
        return meta.form();
    }

    public Path libraryFolder() {
        return library.folder();
    }

    /** The library as the user named it (a folder, or a team library's address), for the About box and messages. */
    public String libraryName() {
        return library.address().display();
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Checking the whole library, with its progress and cancel. */
    /** The Settings dialog's model, when the library keeps settings; it reads and writes on the library's thread. */
    public java.util.Optional<org.reviewdesk.gui.settings.SettingsViewModel> settings(int autoRevisionMinutes) {
        return library.settings().map(s -> new org.reviewdesk.gui.settings.SettingsViewModel(s, libraryExecutor, autoRevisionMinutes));
    }

    public LibraryCheck libraryCheck() {
        return libraryCheck;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return imports.importingProperty();
    }

    /** From 0 to 1 while an import runs. */
    public ReadOnlyDoubleProperty importProgressProperty() {
        return imports.progressProperty();
    }

    /** Loads the list; on an empty library, asks {@code offerSamples} whether to add the sample posts. */
    public void start(java.util.function.BooleanSupplier offerSamples, Consumer<String> onError) {
        list.refresh();
        if (queue != null) queue.refresh();
        readUserName();
        libraryExecutor.submit(library::isEmpty, empty -> {
            if (empty && offerSamples.getAsBoolean()) {
                libraryExecutor.submit(library::addSamples, added -> list.refresh(),
                        e -> onError.accept("The sample posts could not be added: " + e.getMessage()));
            }
        }, e -> onError.accept(e.getMessage()));
        changes.start();
    }

    /** Reads who "me" is in the queue's assignee filter: the library's user.name setting (in the background). */
    public void readUserName() {
        library.settings().ifPresent(s -> libraryExecutor.submit(s::userName, name -> {
            if (queue != null) queue.filters().me(name);
        }, e -> { }));
    }

    public void poll() {
        changes.poll();
    }

    /**
     * A poll reached the library: what others changed is read again, and a save that failed meanwhile (its text
     * stayed in the editor) is tried again, until it goes through.
     */
    private void libraryAnswered(boolean changed) {
        if (changed) {
            list.refresh();
            if (queue != null) queue.refresh();
            if (comments != null) comments.reload();
            editor.reloadIfChangedElsewhere();
        }
        if (editor.saveStateProperty().get() == org.reviewdesk.gui.editor.SaveState.FAILED) editor.saveNow();
    }

    public void stop() {
        changes.stop();
        if (presence != null) presence.stop();
    }

    /** Creates an empty draft and opens it. */
    public void newPost(Consumer<Long> opened) {
        Post draft = new Post("Untitled post", "# Untitled post\n\n",
                Meta.builder().reference(NewReferences.fresh())
                        .revision(new Revision(ReviewStatus.DRAFTED, null, null)).build());
        editor.saveNow();
        libraryExecutor.submit(() -> library.create(draft), id -> {
            list.refresh();
            editor.open(id, () -> opened.accept(id));
        }, e -> editor.onNoticeProperty().get().accept("Could not create a post: " + e.getMessage()));
    }

    /** Moves posts to the trash (recoverable until the trash is emptied). */
    public void trash(List<Long> ids) {
        if (ids.contains(editor.openPostId())) {
            editor.saveNow();
        }
        libraryExecutor.submit(() -> {
            for (long id : ids) library.trash(id);
            return ids;
        }, done -> {
            if (done.contains(editor.openPostId())) editor.clear();
            list.refresh();
        }, e -> editor.onNoticeProperty().get().accept("Could not move to the trash: " + e.getMessage()));
    }

    public void restore(List<Long> ids) {
        libraryExecutor.submit(() -> {
            for (long id : ids) library.restore(id);
            return ids;
        }, done -> list.refresh(), e -> editor.onNoticeProperty().get().accept("Could not restore: " + e.getMessage()));
    }

    public void emptyTrash() {
        libraryExecutor.submit(() -> {
            library.emptyTrash();
            return true;
        }, done -> list.refresh(), e -> editor.onNoticeProperty().get().accept("Could not empty the trash: " + e.getMessage()));
    }

    /** Imports files in the background with progress; {@code done} receives the summary. */
    public void importFiles(List<Path> files, Consumer<ImportSummary> done, Consumer<Throwable> failed) {
        imports.importFiles(files, done, failed);
    }

    public void export(List<Long> ids, String format, Path dir, Consumer<List<Path>> done, Consumer<Throwable> failed) {
        editor.saveNow();
        libraryExecutor.submit(() -> library.export(ids, format, dir), done, failed);
    }

    public List<String> exportFormats() {
        return library.exportFormats();
    }
}
