package org.reviewdesk.gui.library;

import java.nio.file.Path;
import java.util.List;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;

/**
 * What the window needs of the library, in one narrow interface: the view models depend on this, the
 * real implementation adapts the service layer, and view-model tests use an in-memory one. Every
 * method may block on the disk, so callers reach it only through the background executor.
 */
public interface LibraryAccess extends AutoCloseable {
    /** This computer's folder for the library: the library itself, or for a team library the local files about it. */
    Path folder();

    /** Where the library is, as the user named it: a folder or a team library's PostgreSQL address. */
    default org.reviewdesk.model.library.LibraryAddress address() {
        return new org.reviewdesk.model.library.LibraryAddress.Folder(folder().toString());
    }

    /** Posts whose title, topic, reference or body contain {@code text} (blank: all), one page. */
    List<PostRow> search(String text, int offset, int limit);

    int count(String text);

    OpenedPost open(long id);

    /**
     * Saves the post and replaces its field drafts with {@code drafts}, in one transaction; returns the stored post
     * with its new row version.
     */
    OpenedPost save(long id, long expectedRowVersion, Post post, FieldDrafts drafts) throws StaleSaveException;

    long create(Post post);

    void trash(long id);

    void restore(long id);

    List<PostRow> trashed();

    void emptyTrash();

    /** Changes whenever any process writes to the library. */
    long changeStamp();

    ImportSummary importFiles(List<Path> files, ImportProgress progress);

    /** Writes the posts to {@code dir} in the named format; returns the files written. */
    List<Path> export(List<Long> ids, String formatName, Path dir) throws Exception;

    /** The format names an export may choose from. */
    List<String> exportFormats();

    /** True when the library holds no post at all, not even in the trash: the moment to offer samples. */
    boolean isEmpty();

    /** Adds the project's sample posts; returns how many. */
    int addSamples();

    /** The checks and their stored findings; a library without them finds nothing. */
    default org.reviewdesk.gui.findings.FindingsAccess findings() {
        return org.reviewdesk.gui.findings.FindingsAccess.NONE;
    }

    /** A word on the search while it is slower than usual (its index is being built), or "". */
    default String searchNote() {
        return "";
    }

    /**
     * Values of {@code field} ("stack", "tools" or "code_language") already used in the library, most used
     * first, for the meta form's suggestions. A library without such an index suggests nothing.
     */
    default List<String> suggestions(String field, int limit) {
        return List.of();
    }

    /**
     * The highest version post {@code id} has had, its own or one of its revisions' (the meta form takes no lower
     * one); null when it never had one, or when this library keeps no history.
     */
    default org.reviewdesk.model.SemVer highestVersion(long id) {
        return null;
    }

    @Override
    void close();

    /** A mark of the library's newest post change, for {@link #checkWrittenSince}; 0 where nothing is checked. */
    default long changeMark() {
        return 0;
    }

    /**
     * Runs the editorial checks on the posts written since {@code mark} and stores their findings for the queue, a few
     * hundred at a time; returns how many posts were checked. A library without stored findings checks nothing.
     */
    default int checkWrittenSince(long mark, java.util.function.IntConsumer progress) {
        return 0;
    }

    /**
     * Checks every post of the library and stores the findings, telling {@code progress} (done, total) as it goes and
     * stopping early once {@code cancelled} says so; returns how many posts were checked.
     */
    default int checkAll(ImportProgress progress, java.util.function.BooleanSupplier cancelled) {
        return 0;
    }

    /** Progress of an import, called from the worker thread. */
    interface ImportProgress {
        void fileDone(int done, int total);
    }

    /** The comments on the posts' text, when the library keeps them (an in-memory test library does not). */
    default java.util.Optional<org.reviewdesk.gui.comments.CommentsAccess> comments() {
        return java.util.Optional.empty();
    }

    /** Which checks run and the library's settings, when the library keeps them (an in-memory test library does not). */
    default java.util.Optional<org.reviewdesk.gui.settings.SettingsAccess> settings() {
        return java.util.Optional.empty();
    }

    /** The library's spelling words for the editor's marks, when the library keeps them (an in-memory one does not). */
    default java.util.Optional<org.reviewdesk.gui.spelling.SpellingAccess> spelling() {
        return java.util.Optional.empty();
    }

    /** Who else has a post open, when the library keeps that (an in-memory test library does not). */
    default java.util.Optional<org.reviewdesk.gui.presence.PresenceAccess> presence() {
        return java.util.Optional.empty();
    }

    /** The review queue of this library, when it has one (an in-memory test library has none). */
    default java.util.Optional<org.reviewdesk.gui.queue.QueueAccess> queue() {
        return java.util.Optional.empty();
    }

    /**
     * The review checklist and marking reviewed, when the library keeps them (an in-memory test library does not).
     * The supplier may wait for the library to open: call it in the background only.
     */
    default java.util.Optional<java.util.function.Supplier<org.reviewdesk.service.ReviewService>> reviews() {
        return java.util.Optional.empty();
    }

    /**
     * How often, at least, saves of the open post keep its text as an automatic revision; a library without revisions
     * keeps none.
     */
    default void keepRevisionsEvery(java.time.Duration interval) {
    }

    /** Bumps, history, diff and restore, when the library keeps revisions (an in-memory test library does not). */
    default java.util.Optional<org.reviewdesk.service.RevisionService> revisions() {
        return java.util.Optional.empty();
    }

    /** Settling a save refused because someone else saved first, when the library keeps revisions (an in-memory one does not). */
    default java.util.Optional<ConflictAccess> conflicts() {
        return java.util.Optional.empty();
    }

    /**
     * Tells {@code listener} what the library's opening is doing when it takes long ("upgrading the library…"),
     * the latest notice at once if there was one; on the opening's thread. Nothing for a library already open.
     */
    default void onOpeningNotice(java.util.function.Consumer<String> listener) {
    }
}
