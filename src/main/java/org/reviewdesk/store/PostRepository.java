package org.reviewdesk.store;

import org.reviewdesk.model.library.DraftedPost;
import org.reviewdesk.model.library.ImportOutcome;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.StaleEditException;
import org.reviewdesk.model.library.StoredPost;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;

/**
 * The posts of a library, as the services ask for them. Each kind of work is a part of its own: the import
 * (PostImporter), local edits (PostEdits), lists and search (PostSummaries), whole-library reads (PostScans), the
 * meta form's suggestions (DistinctItems) and the trash (PostTrash). Every write is one transaction.
 */
public final class PostRepository {
    private final Jdbi jdbi;
    private final PostImporter importer;
    private final PostEdits edits;
    private final PostSummaries summaries;
    private final PostTrash trash;
    private final PostScans scans;
    private final DistinctItems suggestions;
    private final RevisionRepository revisions;

    PostRepository(Jdbi jdbi, PostCodec codec, RevisionRepository revisions) {
        this.jdbi = jdbi;
        this.revisions = revisions;
        this.importer = new PostImporter(jdbi, codec);
        this.edits = new PostEdits(jdbi, revisions);
        this.summaries = new PostSummaries(jdbi);
        this.trash = new PostTrash(jdbi);
        this.scans = new PostScans(jdbi, trash);
        this.suggestions = new DistinctItems(jdbi);
    }

    /** The result of one file of a grouped import: its posts' outcomes, or why the library refused it. */
    public record FileResult(List<ImportOutcome> outcomes, String error) {
    }

    /** What the search index holds of a post, as of its change number. */
    public record Indexed(long id, long changeSeq, boolean inTrash, String titleKey, String reference, String text) {
    }

    /** The lists and columns whose values the meta form offers as suggestions. */
    public static final List<String> SUGGESTION_FIELDS = DistinctItems.FIELDS;

    public Optional<StoredPost> find(long id) {
        return jdbi.withHandle(h -> PostLoader.find(h, id));
    }

    public Optional<StoredPost> findByReference(String reference) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM post WHERE reference = ?").bind(0, reference)
                .mapTo(Long.class).findOne().flatMap(id -> PostLoader.find(h, id)));
    }

    /** Imports one post in one transaction. */
    public ImportOutcome importPost(Post post, boolean overwrite) {
        return importPosts(List.of(post), overwrite).get(0);
    }

    /** Imports the posts of one file in one transaction: all of them or, on an error, none. */
    public List<ImportOutcome> importPosts(List<Post> posts, boolean overwrite) {
        return importer.importPosts(posts, overwrite);
    }

    /**
     * Imports several files' posts in one transaction, each file under its own savepoint: a file the library
     * refuses is rolled back alone, and the others are committed together.
     */
    public List<FileResult> importFiles(List<List<Post>> files, boolean overwrite) {
        return importer.importFiles(files, overwrite);
    }

    /** The import the caller runs until it closes this: the library's indexes are whole again once it is closed. */
    public interface BulkImport extends AutoCloseable {
        /** Whether the indexes were left out, and closing builds them (seconds at 100,000 posts). */
        boolean deferred();

        @Override
        void close();
    }

    /** How many files an import brings before it is worth building some indexes after it (DeferredIndexes). */
    public static final int BULK_FILES = 2_000;

    /**
     * Before an import of {@code files} files: into a folder library that holds fewer posts than that, and at least
     * {@value #BULK_FILES}, the library's indexes are dropped now and built again when the returned import is
     * closed (decision 0021). Elsewhere, or when another program holds the table, nothing changes.
     */
    public BulkImport bulkImport(int files) {
        boolean dropped = files >= BULK_FILES && files > count()
                && withSql(h -> Dialect.of(h) == Dialect.H2 && DeferredIndexes.drop(h.getConnection()));
        return new BulkImport() {
            @Override
            public boolean deferred() {
                return dropped;
            }

            @Override
            public void close() {
                if (dropped) withSql(h -> DeferredIndexes.ensure(h.getConnection()));
            }
        };
    }

    private interface SqlWork<T> {
        T apply(org.jdbi.v3.core.Handle h) throws java.sql.SQLException;
    }

    /** Runs plain JDBC work on a handle of the library's, a refusal told as the other writes tell theirs. */
    private <T> T withSql(SqlWork<T> work) {
        return jdbi.withHandle(h -> {
            try {
                return work.apply(h);
            } catch (java.sql.SQLException e) {
                throw Sql.refused(e);
            }
        });
    }

    /** A local edit: one transaction, refused when another writer saved since {@code expectedRowVersion}. */
    public StoredPost save(long id, long expectedRowVersion, Post post) throws StaleEditException {
        return edits.save(id, expectedRowVersion, post, h -> { });
    }

    /**
     * A local edit kept at once as a revision of {@code kind} (a change taken back from the history), in one
     * transaction; refused, as any save is, when another writer saved since {@code expectedRowVersion}.
     */
    public StoredPost saveAsRevision(long id, long expectedRowVersion, Post post, String kind, String note)
            throws StaleEditException {
        return edits.save(id, expectedRowVersion, post, h -> revisions.insertSnapshot(h, id, post, kind, note));
    }

    /**
     * As {@link #saveAsRevision}, keeping first {@code replaced} (the post as read at {@code expectedRowVersion}) as a
     * revision of {@code replacedKind}, unless the newest revision holds it already: a restore or a take-back then never
     * loses edits that no revision has yet (a {@code set}, the minutes since the last automatic revision).
     */
    public StoredPost saveAsRevisionKeeping(long id, long expectedRowVersion, Post post, String kind, String note,
                                            Post replaced, String replacedKind, String replacedNote) throws StaleEditException {
        return edits.save(id, expectedRowVersion, post, h -> {
            revisions.keepUnlessNewest(h, id, replaced, replacedKind, replacedNote);
            revisions.insertSnapshot(h, id, post, kind, note);
        });
    }

    /**
     * A local edit from the meta form: the post and the text of the fields its meta box cannot hold, in one
     * transaction, so that the drafts never disagree with the values saved beside them.
     */
    public StoredPost save(long id, long expectedRowVersion, Post post, FieldDrafts drafts) throws StaleEditException {
        return edits.save(id, expectedRowVersion, post, h -> FieldDraftRows.replace(h, id, drafts));
    }

    /**
     * A save over another writer's version after a conflict: {@code post} with its field drafts, and {@code kept} (the
     * version it replaces, as read at {@code expectedRowVersion}) as a revision of {@code kind}, in one transaction;
     * refused, as any save is, when the row moved on again since.
     */
    public StoredPost saveKeeping(long id, long expectedRowVersion, Post post, FieldDrafts drafts, Post kept,
                                  String kind, String note) throws StaleEditException {
        return edits.save(id, expectedRowVersion, post, h -> {
            revisions.insertSnapshot(h, id, kept, kind, note);
            FieldDraftRows.replace(h, id, drafts);
        });
    }

    /** A post with its field drafts, read in one transaction. */
    public Optional<DraftedPost> findWithDrafts(long id) {
        return edits.findWithDrafts(id);
    }

    /** The values the meta form holds in error for a post, kept until corrected; none when it holds none. */
    public FieldDrafts drafts(long id) {
        return edits.drafts(id);
    }

    /** A post written in the library (not imported): it counts as edited locally from the start. */
    public StoredPost create(Post post) {
        return edits.create(post);
    }

    /** Title, topic, reference and body contain {@code text} (case aside); empty text: every post. Ordered by title. */
    public List<PostSummary> search(String text, int offset, int limit) {
        return summaries.search(text, offset, limit);
    }

    public int count(String text) {
        return summaries.count(text);
    }

    /** Posts not in the trash. */
    public int count() {
        return count("");
    }

    /** The row version of each of these posts that is still in the library, by id: what a guarded write names. */
    public java.util.Map<Long, Long> rowVersions(List<Long> ids) {
        if (ids.isEmpty()) return java.util.Map.of();
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT id, row_version FROM post WHERE id IN (<ids>)").bindList("ids", ids)
                .map((rs, ctx) -> java.util.Map.entry(rs.getLong(1), rs.getLong(2))).forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    /** The summaries of posts by id, in the order given, leaving out those in the trash or gone. */
    public List<PostSummary> summaries(List<Long> ids) {
        return summaries.summaries(ids);
    }

    /** The posts changed after change number {@code after}, at most {@code limit}: what the search index has not seen. */
    public List<Indexed> changedSince(long after, int limit) {
        return scans.changedSince(after, limit);
    }

    /** The posts outside the trash written (imported, saved, triaged) after change number {@code after}. */
    public List<Long> idsChangedSince(long after) {
        return scans.idsChangedSince(after);
    }

    /** The newest change number of any post: the mark for {@link #idsChangedSince}. */
    public long lastChange() {
        return scans.lastChange();
    }

    /** Whole posts by id, in the order given; ids of posts that are gone are left out. */
    public List<StoredPost> find(List<Long> ids) {
        return jdbi.withHandle(h -> PostLoader.load(h, ids));
    }

    /** The ids of the posts not in the trash. */
    public List<Long> ids() {
        return scans.ids();
    }

    /** Every post not in the trash, in id order, loaded a chunk at a time so that memory stays flat. */
    public void forEach(Consumer<StoredPost> action) {
        scans.forEach(action);
    }

    /** The body of every post not in the trash, in id order, a chunk at a time; no meta is read. */
    public void forEachBody(Consumer<String> action) {
        scans.forEachBody(action);
    }

    /**
     * Distinct values of {@code field} ("stack", "tools" or "code_language") over the posts not in the trash,
     * the most used first, then alphabetically: what the meta form suggests while the user types.
     */
    public List<String> distinctItems(String field, int limit) {
        return suggestions.of(field, limit);
    }

    /** Moves the post to the trash; false when it was there already (nothing is written then). */
    public boolean trash(long id) {
        return trash.trash(id);
    }

    /** Takes the post out of the trash; false when it was not in it (nothing is written then). */
    public boolean restore(long id) {
        return trash.restore(id);
    }

    public List<PostSummary> trashed() {
        return trash.trashed();
    }

    /** Deletes the posts in the trash for good, with their revisions; returns how many. */
    public int emptyTrash() {
        return trash.empty();
    }
}
