package org.reviewdesk.store;

import org.reviewdesk.model.library.RevisionInfo;
import org.reviewdesk.model.library.StoredPost;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.SemVer;

/** Revisions: full snapshots of a post taken on import, bump, restore and overwrite. Nothing is ever overwritten. */
public final class RevisionRepository {
    /** The version a post without one gets on its first bump: a bump of 0.0.0. */
    static final SemVer NO_VERSION = SemVer.of(0, 0, 0);

    private final Jdbi jdbi;
    private final PostCodec codec;

    RevisionRepository(Jdbi jdbi, PostCodec codec) {
        this.jdbi = jdbi;
        this.codec = codec;
    }

    static void insert(Handle h, long postId, Post post, String encoded, String kind, String note) {
        insert(h, postId, post, encoded, kind, note, Sql.now());
    }

    private static void insert(Handle h, long postId, Post post, String encoded, String kind, String note,
                               OffsetDateTime at) {
        SemVer v = post.meta().revisionOrEmpty().version();
        long id = h.createUpdate("INSERT INTO revision (post_id, version, kind, note, created_at, snapshot) VALUES (?, ?, ?, ?, ?, ?)")
                .bind(0, postId).bindByType(1, v == null ? null : v.toString(), String.class).bind(2, kind)
                .bind(3, note == null ? "" : note).bind(4, at).bind(5, encoded)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        CommentRows.snapshot(h, id, postId);
    }

    /**
     * An imported post gets its first revision lazily: before the first change made in the library, its state as
     * imported is kept, so that nothing is lost while an import writes each post only once. It is dated when that state
     * was written (the import), not at the change that keeps it, so that History says when the post came in.
     */
    void keepImportedState(Handle h, long postId) {
        boolean none = h.createQuery("SELECT COUNT(*) FROM revision WHERE post_id = ?").bind(0, postId)
                .mapTo(Integer.class).one() == 0;
        if (none) {
            Post current = load(h, postId);
            OffsetDateTime written = h.createQuery("SELECT updated_at FROM post WHERE id = ?").bind(0, postId)
                    .mapTo(OffsetDateTime.class).one();
            insert(h, postId, current, codec.encode(current), "import", "as imported", written);
        }
    }

    void insertSnapshot(Handle h, long postId, Post post, String kind, String note) {
        insert(h, postId, post, codec.encode(post), kind, note);
    }

    /** Newest first. */
    public List<RevisionInfo> history(long postId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, version, created_at, note, kind FROM revision WHERE post_id = ? "
                        + "ORDER BY id DESC").bind(0, postId)
                .map((rs, ctx) -> new RevisionInfo(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5))).list());
    }

    public Optional<Post> snapshot(long revisionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT snapshot FROM revision WHERE id = ?").bind(0, revisionId)
                .mapTo(String.class).findOne().map(codec::decode));
    }

    /** The newest snapshot taken at {@code version}. */
    public Optional<Post> snapshotOfVersion(long postId, String version) {
        return jdbi.withHandle(h -> h.createQuery("SELECT snapshot FROM revision WHERE post_id = ? AND version = ? "
                        + "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY").bind(0, postId).bind(1, version)
                .mapTo(String.class).findOne().map(codec::decode));
    }

    /**
     * Keeps the post as stored now as a revision of {@code kind}, unless the newest revision holds it already; a post
     * without revisions keeps it as imported.
     */
    public boolean keep(long postId, String kind, String note) {
        return jdbi.inTransaction(h -> {
            keepImportedState(h, postId);
            return keepUnlessNewest(h, postId, load(h, postId), kind, note);
        });
    }

    /** Keeps {@code post} as a revision of {@code kind}, unless the newest revision holds it already; whether it did. */
    boolean keepUnlessNewest(Handle h, long postId, Post post, String kind, String note) {
        boolean held = h.createQuery("SELECT snapshot FROM revision WHERE post_id = ? ORDER BY id DESC "
                        + "FETCH FIRST 1 ROWS ONLY").bind(0, postId).mapTo(String.class).findOne()
                .map(codec::decode).filter(post::equals).isPresent();
        if (!held) insert(h, postId, post, codec.encode(post), kind, note);
        return !held;
    }

    /**
     * Keeps {@code post}, a text of the post that is not stored (an edit set aside for another writer's), as a
     * revision of {@code kind}; the post itself is not changed.
     */
    public void keepText(long postId, Post post, String kind, String note) {
        jdbi.useTransaction(h -> {
            keepImportedState(h, postId);
            insertSnapshot(h, postId, post, kind, note);
        });
    }

    /** Bumps the version, sets last reviewed to {@code today}, and stores a full snapshot with the note. */
    public StoredPost bump(long postId, SemVer.Bump kind, String note, LocalDate today) {
        // The post is read back in the transaction that wrote it: read after, it may hold the next bump already.
        return jdbi.inTransaction(h -> {
            lock(h, postId);
            keepImportedState(h, postId);
            Post current = load(h, postId);
            Post bumped = bumped(current, kind, today, highestKept(h, postId));
            PostWriter.update(h, postId, bumped);
            h.execute("UPDATE post SET edited_since_import = TRUE WHERE id = ?", postId);
            insert(h, postId, bumped, codec.encode(bumped), "bump", note);
            Library.touch(h);
            return PostLoader.find(h, postId).orElseThrow();
        });
    }

    /**
     * Holds the post's row until the transaction ends: a second bump (another window, a command, another machine) waits
     * and then reads the version this one wrote, instead of reading the same and writing the same next version.
     */
    private static void lock(org.jdbi.v3.core.Handle h, long postId) {
        h.createQuery("SELECT id FROM post WHERE id = ? FOR UPDATE").bind(0, postId).mapTo(Long.class).findOne();
    }

    /**
     * The post with its next version, counted from the higher of its own version and {@code highestKept} (the highest
     * of its revisions', or null): an import may have set a lower one, and the next must still be above every version
     * the history holds, or the history no longer reads in order.
     */
    static Post bumped(Post post, SemVer.Bump kind, LocalDate today, SemVer highestKept) {
        Revision r = post.meta().revisionOrEmpty();
        Meta meta = post.meta().toBuilder().revision(r.withVersion(highestHad(r, highestKept).bump(kind))
                .withLastReviewed(today)).build();
        return post.withMeta(meta);
    }

    /**
     * Makes the content of {@code version} current again, as a new revision with the next patch version of the
     * highest the post has had (its own or a revision's); the revisions in between stay.
     */
    public StoredPost restore(long postId, String version, LocalDate today) {
        jdbi.useTransaction(h -> {
            lock(h, postId);
            Post current = load(h, postId);
            Post old = h.createQuery("SELECT snapshot FROM revision WHERE post_id = ? AND version = ? ORDER BY id DESC "
                            + "FETCH FIRST 1 ROWS ONLY").bind(0, postId).bind(1, version).mapTo(String.class).findOne()
                    .map(codec::decode)
                    .orElseThrow(() -> new IllegalArgumentException("post '" + current.reference() + "' has no revision " + version));
            Revision cur = current.meta().revisionOrEmpty();
            SemVer next = highestHad(cur, highestKept(h, postId)).bumpPatch();
            Revision oldRev = old.meta().revisionOrEmpty();
            Post restored = old.withMeta(old.meta().toBuilder()
                    .revision(new Revision(oldRev.status(), next, today)).build());
            PostWriter.update(h, postId, restored);
            h.execute("UPDATE post SET edited_since_import = TRUE WHERE id = ?", postId);
            insert(h, postId, restored, codec.encode(restored), "restore", "restored from " + version);
            Library.touch(h);
        });
        return jdbi.withHandle(h -> PostLoader.find(h, postId)).orElseThrow();
    }

    /**
     * The version a bump or a restore counts from: the higher of the post's own ({@link #NO_VERSION} when it has none)
     * and its revisions' highest.
     */
    private static SemVer highestHad(Revision current, SemVer highestKept) {
        return SemVer.higher(current.version() == null ? NO_VERSION : current.version(), highestKept);
    }

    /** The highest version among the post's revisions, or null when none has a valid one. */
    public SemVer highestKept(long postId) {
        return jdbi.withHandle(h -> highestKept(h, postId));
    }

    static SemVer highestKept(Handle h, long postId) {
        SemVer highest = null;
        for (String v : h.createQuery("SELECT DISTINCT version FROM revision WHERE post_id = ? AND version IS NOT NULL")
                .bind(0, postId).mapTo(String.class).list()) {
            if (SemVer.isValid(v)) highest = SemVer.higher(highest, SemVer.parse(v));
        }
        return highest;
    }

    private static Post load(Handle h, long postId) {
        return PostLoader.load(h, List.of(postId)).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no post with id " + postId)).post();
    }
}
