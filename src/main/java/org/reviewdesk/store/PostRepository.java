package org.reviewdesk.store;

import org.reviewdesk.model.library.DraftedPost;
import org.reviewdesk.model.library.ImportOutcome;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.StaleEditException;
import org.reviewdesk.model.library.StoredPost;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;

/** The posts of a library: import, save with the row version, search, trash. Every write is one transaction. */
public final class PostRepository {
    static final String SUMMARY_COLUMNS = "id, reference, title, status, version, freshness, quality, needs_review, "
            + "last_reviewed, view_count, assignee, findings_total";
    private static final int CHUNK = 500;

    private final Jdbi jdbi;
    private final PostCodec codec;
    private RevisionRepository revisions;

    PostRepository(Jdbi jdbi, PostCodec codec) {
        this.jdbi = jdbi;
        this.codec = codec;
    }

    void setRevisions(RevisionRepository revisions) {
        this.revisions = revisions;
    }

    public Optional<StoredPost> find(long id) {
        return jdbi.withHandle(h -> PostLoader.load(h, List.of(id)).stream().findFirst());
    }

    public Optional<StoredPost> findByReference(String reference) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM post WHERE reference = ?").bind(0, reference)
                .mapTo(Long.class).findOne().flatMap(id -> PostLoader.load(h, List.of(id)).stream().findFirst()));
    }

    /** Imports one post in one transaction (issue 2, "Rules"). */
    public ImportOutcome importPost(Post post, boolean overwrite) {
        return importPosts(List.of(post), overwrite).get(0);
    }

    /** Imports the posts of one file in one transaction: all of them or, on an error, none. */
    public List<ImportOutcome> importPosts(List<Post> posts, boolean overwrite) {
        return jdbi.inTransaction(h -> {
            List<ImportOutcome> outcomes = new ArrayList<>(posts.size());
            for (Post post : posts) outcomes.add(importOne(h, post, overwrite));
            if (outcomes.stream().anyMatch(o -> o != ImportOutcome.UNCHANGED && o != ImportOutcome.CONFLICT_KEPT_LOCAL)) {
                Library.touch(h);
            }
            return outcomes;
        });
    }

    /** The result of one file of a grouped import: its posts' outcomes, or why the library refused it. */
    public record FileResult(List<ImportOutcome> outcomes, String error) {
    }

    /**
     * Imports several files' posts in one transaction, each file under its own savepoint: a file the library
     * refuses is rolled back alone, and the others are committed together. Committing a group rather than
     * each file is what lets an import keep up with the disk (docs/performance.md).
     */
    public List<FileResult> importFiles(List<List<Post>> files, boolean overwrite) {
        try {
            return jdbi.inTransaction(h -> importGroup(h, files, overwrite));
        } catch (RuntimeException e) {
            // Something in the group was refused: do it again file by file, so that only that file fails.
            return jdbi.inTransaction(h -> importEachFile(h, files, overwrite));
        }
    }

    /**
     * The fast path: the group's new posts go in as one batch (rows and child rows), known references take
     * the per-post path. Any error rolls the whole group back for {@link #importEachFile}.
     */
    private List<FileResult> importGroup(Handle h, List<List<Post>> files, boolean overwrite) {
        java.util.Map<String, Long> existing = new java.util.HashMap<>();
        List<String> refs = new ArrayList<>();
        for (List<Post> posts : files) {
            for (Post p : posts) {
                requireReference(p);
                refs.add(p.reference());
            }
        }
        if (new java.util.HashSet<>(refs).size() != refs.size()) {
            throw new IllegalStateException("a reference occurs twice in the group");
        }
        for (int i = 0; i < refs.size(); i += 1000) {
            h.createQuery("SELECT reference, id FROM post WHERE reference IN (<refs>)")
                    .bindList("refs", refs.subList(i, Math.min(refs.size(), i + 1000)))
                    .map((rs, ctx) -> existing.put(rs.getString(1), rs.getLong(2))).forEach(x -> { });
        }
        List<Post> fresh = new ArrayList<>();
        List<FileResult> results = new ArrayList<>(files.size());
        boolean changed = false;
        for (List<Post> posts : files) {
            List<ImportOutcome> outcomes = new ArrayList<>(posts.size());
            for (Post p : posts) {
                if (existing.containsKey(p.reference())) {
                    outcomes.add(importOne(h, p, overwrite));
                } else {
                    fresh.add(p);
                    outcomes.add(ImportOutcome.IMPORTED);
                }
            }
            changed |= outcomes.stream().anyMatch(o -> o != ImportOutcome.UNCHANGED && o != ImportOutcome.CONFLICT_KEPT_LOCAL);
            results.add(new FileResult(outcomes, null));
        }
        if (!fresh.isEmpty()) insertAll(h, fresh, false);
        if (changed) Library.touch(h);
        return results;
    }

    /** New posts as one batch of rows and one of each kind of child row. */
    static void insertAll(Handle h, List<Post> posts, boolean edited) {
        List<Long> ids = new ArrayList<>(posts.size());
        java.time.OffsetDateTime now = Sql.now();
        try (java.sql.PreparedStatement rows = h.getConnection().prepareStatement(PostRows.insertSqlPositional(false),
                new String[] {"ID"})) {
            for (Post p : posts) PostRows.addRow(rows, 1, p, edited, now);
            rows.executeBatch();
            try (ResultSet keys = rows.getGeneratedKeys()) {
                while (keys.next()) ids.add(keys.getLong(1));
            }
        } catch (SQLException e) {
            throw Sql.refused(e);
        }
        if (ids.size() != posts.size()) throw new IllegalStateException("H2 returned " + ids.size() + " ids for " + posts.size() + " posts");
        ChildBatches children = new ChildBatches(h);
        for (int i = 0; i < posts.size(); i++) children.add(ids.get(i), posts.get(i).body(), posts.get(i).meta());
        children.execute();
    }

    private List<FileResult> importEachFile(Handle h, List<List<Post>> files, boolean overwrite) {
        List<FileResult> results = new ArrayList<>(files.size());
        boolean changed = false;
        for (List<Post> posts : files) {
            String savepoint = "file" + results.size();
            h.savepoint(savepoint);
            try {
                List<ImportOutcome> outcomes = new ArrayList<>(posts.size());
                for (Post post : posts) outcomes.add(importOne(h, post, overwrite));
                h.release(savepoint);
                changed |= outcomes.stream().anyMatch(o -> o != ImportOutcome.UNCHANGED && o != ImportOutcome.CONFLICT_KEPT_LOCAL);
                results.add(new FileResult(outcomes, null));
            } catch (RuntimeException e) {
                h.rollbackToSavepoint(savepoint);
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                int nl = m.indexOf('\n');
                results.add(new FileResult(List.of(), nl < 0 ? m : m.substring(0, nl)));
            }
        }
        if (changed) Library.touch(h);
        return results;
    }

    private ImportOutcome importOne(Handle h, Post post, boolean overwrite) {
        requireReference(post);
        Optional<Long> existing = h.createQuery("SELECT id FROM post WHERE reference = ? FOR UPDATE")
                .bind(0, post.reference()).mapTo(Long.class).findOne();
        if (existing.isEmpty()) {
            insertWithChildren(h, post, false);
            return ImportOutcome.IMPORTED;
        }
        StoredPost current = PostLoader.load(h, List.of(existing.get())).get(0);
        if (current.post().equals(post)) {
            return ImportOutcome.UNCHANGED;
        }
        if (current.editedSinceImport() && !overwrite) {
            return ImportOutcome.CONFLICT_KEPT_LOCAL;
        }
        ImportOutcome outcome = current.editedSinceImport() ? ImportOutcome.OVERWRITTEN : ImportOutcome.UPDATED;
        RevisionRepository.insert(h, current.id(), current.post(), codec.encode(current.post()),
                outcome == ImportOutcome.OVERWRITTEN ? "overwrite" : "import",
                outcome == ImportOutcome.OVERWRITTEN ? "local state before an import with --overwrite" : "state before a re-import");
        update(h, current.id(), post);
        h.execute("UPDATE post SET edited_since_import = FALSE, deleted_at = NULL, in_trash = FALSE WHERE id = ?", current.id());
        RevisionRepository.insert(h, current.id(), post, codec.encode(post), "import", "re-imported");
        return outcome;
    }

    private static void requireReference(Post post) {
        if (post.reference() == null || post.reference().isBlank()) {
            throw new IllegalArgumentException("a post needs a reference to be stored (title: " + post.title() + ")");
        }
    }

    static long insert(Handle h, Post post, boolean edited) {
        return PostRows.bind(h.createUpdate(PostRows.insertSql()), post)
                .bind("edited_since_import", edited)
                .bind("now", Sql.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()
                .longValue();
    }

    /** Writes a post's fields over row {@code id}; the row version goes up by one. */
    static void update(Handle h, long id, Post post) {
        PostRows.bind(h.createUpdate(PostRows.updateSql() + " WHERE id = :id"), post)
                .bind("now", Sql.now()).bind("id", id).execute();
        insertChildren(h, id, post, true);
    }

    private static long insertChildren(Handle h, long id, Post post, boolean replace) {
        ChildBatches.write(h, id, post.body(), post.meta(), replace);
        return id;
    }

    static long insertWithChildren(Handle h, Post post, boolean edited) {
        long id = insert(h, post, edited);
        return insertChildren(h, id, post, false);
    }

    /** A local edit: one transaction, refused when another writer saved since {@code expectedRowVersion}. */
    public StoredPost save(long id, long expectedRowVersion, Post post) throws StaleEditException {
        return save(id, expectedRowVersion, post, h -> { });
    }

    /**
     * A local edit from the meta form: the post and the text of the fields its meta box cannot hold, in one
     * transaction, so that the drafts never disagree with the values saved beside them.
     */
    public StoredPost save(long id, long expectedRowVersion, Post post, FieldDrafts drafts) throws StaleEditException {
        return save(id, expectedRowVersion, post, h -> FieldDraftRows.replace(h, id, drafts));
    }

    /** A post with its field drafts, read in one transaction. */
    public Optional<DraftedPost> findWithDrafts(long id) {
        return jdbi.inTransaction(h -> PostLoader.load(h, List.of(id)).stream().findFirst()
                .map(stored -> new DraftedPost(stored, FieldDraftRows.read(h, id))));
    }

    private StoredPost save(long id, long expectedRowVersion, Post post, Consumer<Handle> alsoWrite) throws StaleEditException {
        requireReference(post);
        Optional<StoredPost> stale = jdbi.inTransaction(h -> {
            revisions.keepImportedState(h, id);
            int n = PostRows.bind(h.createUpdate(PostRows.updateSql()
                            + ", edited_since_import = TRUE WHERE id = :id AND row_version = :expected"), post)
                    .bind("now", Sql.now()).bind("id", id).bind("expected", expectedRowVersion).execute();
            if (n == 0) {
                return Optional.of(PostLoader.load(h, List.of(id)).stream().findFirst().orElseThrow(
                        () -> new IllegalStateException("the post was deleted by someone else")));
            }
            ChildBatches.write(h, id, post.body(), post.meta(), true);
            alsoWrite.accept(h);
            Library.touch(h);
            return Optional.<StoredPost>empty();
        });
        if (stale.isPresent()) throw new StaleEditException(stale.get());
        return find(id).orElseThrow();
    }

    /** A post written in the library (not imported): it counts as edited locally from the start. */
    public StoredPost create(Post post) {
        requireReference(post);
        long id = jdbi.inTransaction(h -> {
            long newId = insertWithChildren(h, post, true);
            Library.touch(h);
            return newId;
        });
        return find(id).orElseThrow();
    }

    /** Title, topic, reference and body contain {@code text} (case aside); empty text: every post. Ordered by title. */
    public List<PostSummary> search(String text, int offset, int limit) {
        String hint = text == null || text.isBlank() ? " USE INDEX (post_title)" : "";
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SUMMARY_COLUMNS + " FROM post" + hint + " WHERE in_trash = FALSE"
                        + searchClause(text) + " ORDER BY in_trash, title_key, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .bind("pattern", pattern(text)).bind("offset", offset).bind("limit", limit)
                .map((rs, ctx) -> summary(rs)).list());
    }

    public int count(String text) {
        if (text == null || text.isBlank()) {
            // H2 knows a table's row count without a scan, and the trash is a short range of the queue index;
            // counting "not in the trash" directly scanned every row (0.3 to 0.8 s at 100,000 posts).
            return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM post").mapTo(Integer.class).one()
                    - h.createQuery("SELECT COUNT(*) FROM post WHERE in_trash = TRUE").mapTo(Integer.class).one());
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM post WHERE in_trash = FALSE" + searchClause(text))
                .bind("pattern", pattern(text)).mapTo(Integer.class).one());
    }

    /** What the search index holds of a post, as of its change number. */
    public record Indexed(long id, long changeSeq, boolean inTrash, String titleKey, String reference, String text) {
    }

    /**
     * The posts changed after change number {@code after}, in the order of their change numbers, at most
     * {@code limit}: what the search index has not seen yet. The text is the title, topic, reference and body.
     */
    public List<Indexed> changedSince(long after, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT p.id, p.change_seq, p.in_trash, p.title, p.title_key, p.topic, "
                        + "p.reference, b.body FROM post p USE INDEX (post_change_seq) JOIN post_body b ON b.post_id = p.id "
                        + "WHERE p.change_seq > ? ORDER BY p.change_seq FETCH FIRST " + limit + " ROWS ONLY")
                .bind(0, after)
                .map((rs, ctx) -> new Indexed(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getString(5), rs.getString(7),
                        String.join("\n", rs.getString(4), nullToEmpty(rs.getString(6)), rs.getString(7), rs.getString(8))))
                .list());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The ids of the posts not in the trash. */
    public List<Long> ids() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM post WHERE in_trash = FALSE").mapTo(Long.class).list());
    }

    /** The summaries of posts by id, in the order given, leaving out those in the trash or gone. */
    public List<PostSummary> summaries(List<Long> ids) {
        return jdbi.withHandle(h -> summaries(h, ids));
    }

    /** {@link #summaries(List)} within a transaction of the caller's (the queue's page). */
    static List<PostSummary> summaries(Handle h, List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        Map<Long, PostSummary> byId = new java.util.HashMap<>();
        h.createQuery("SELECT " + SUMMARY_COLUMNS + " FROM post WHERE in_trash = FALSE AND id IN (<ids>)")
                .bindList("ids", ids).map((rs, ctx) -> summary(rs)).forEach(p -> byId.put(p.id(), p));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The lists and columns whose values the meta form offers as suggestions. */
    public static final List<String> SUGGESTION_FIELDS = List.of("stack", "tools", "code_language");

    /**
     * Distinct values of {@code field} ("stack", "tools" or "code_language") over the posts not in the trash,
     * the most used first, then alphabetically: what the meta form suggests while the user types.
     */
    public List<String> distinctItems(String field, int limit) {
        return switch (field) {
            case "stack", "tools" -> jdbi.withHandle(h -> mostUsed(h,
                    h.createQuery("SELECT item, COUNT(*) FROM post_tag WHERE list = :list GROUP BY item").bind("list", field),
                    (ids, counts) -> trashedTags(h, ids, field, counts), limit));
            case "code_language" -> jdbi.withHandle(h -> mostUsed(h,
                    h.createQuery("SELECT code_language, COUNT(*) FROM post USE INDEX (post_code_language) "
                            + "WHERE code_language IS NOT NULL AND code_language <> '' GROUP BY code_language"),
                    (ids, counts) -> h.createQuery("SELECT code_language, COUNT(*) FROM post WHERE id IN (<ids>) "
                            + "AND code_language IS NOT NULL AND code_language <> '' GROUP BY code_language").bindList("ids", ids)
                            .map((rs, ctx) -> counts.merge(rs.getString(1), -rs.getInt(2), Integer::sum)).forEach(x -> { }),
                    limit));
            default -> throw new IllegalArgumentException("no suggestions for '" + field + "' (expected one of "
                    + SUGGESTION_FIELDS + ")");
        };
    }

    /**
     * Values counted over every post by {@code all} (a query on an index alone, answering value and count), less the
     * trash's share, which {@code subtractTrashed} takes off the counts for a thousand trashed ids at a time: a join
     * with every post took seconds at 100,000 posts. The most used come first, then alphabetically.
     */
    private static List<String> mostUsed(Handle h, org.jdbi.v3.core.statement.Query all,
                                         java.util.function.BiConsumer<List<Long>, Map<String, Integer>> subtractTrashed,
                                         int limit) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        all.map((rs, ctx) -> counts.merge(rs.getString(1), rs.getInt(2), Integer::sum)).forEach(x -> { });
        List<Long> trashed = h.createQuery("SELECT id FROM post WHERE in_trash = TRUE").mapTo(Long.class).list();
        for (int i = 0; i < trashed.size(); i += 1000) {
            subtractTrashed.accept(trashed.subList(i, Math.min(trashed.size(), i + 1000)), counts);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    /**
     * Takes the stack or tools entries of these posts off the counts, one range of post_tag's key per post: one query
     * with a range per post scanned every entry of the list for each (19 s for a thousand trashed posts at 100,000).
     */
    private static void trashedTags(Handle h, List<Long> ids, String list, Map<String, Integer> counts) {
        try (java.sql.PreparedStatement ps = h.getConnection().prepareStatement(
                "SELECT list, item FROM post_tag WHERE id BETWEEN ? AND ?")) {
            // The list is told apart here: with it in the query, H2 chose the (list, item) index and read every entry.
            for (long id : ids) {
                ps.setLong(1, TagRows.firstTag(id));
                ps.setLong(2, TagRows.lastTag(id));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (list.equals(rs.getString(1))) counts.merge(rs.getString(2), -1, Integer::sum);
                    }
                }
            }
        } catch (SQLException e) {
            throw Sql.refused(e);
        }
    }

    /** Posts not in the trash. */
    public int count() {
        return count("");
    }

    private static String searchClause(String text) {
        if (text == null || text.isBlank()) return " AND :pattern IS NULL";
        return " AND (title_key LIKE :pattern OR LOWER(topic) LIKE :pattern OR LOWER(reference) LIKE :pattern"
                + " OR id IN (SELECT post_id FROM post_body WHERE LOWER(body) LIKE :pattern))";
    }

    private static String pattern(String text) {
        if (text == null || text.isBlank()) return null;
        String escaped = text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public void trash(long id) {
        write("UPDATE post SET deleted_at = CURRENT_TIMESTAMP, in_trash = TRUE, row_version = row_version + 1 WHERE id = ?", id);
    }

    public void restore(long id) {
        write("UPDATE post SET deleted_at = NULL, in_trash = FALSE, row_version = row_version + 1 WHERE id = ?", id);
    }

    private void write(String sql, long id) {
        jdbi.useTransaction(h -> {
            h.execute(sql, id);
            Library.touch(h);
        });
    }

    public List<PostSummary> trashed() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SUMMARY_COLUMNS + " FROM post WHERE in_trash = TRUE "
                + "ORDER BY deleted_at DESC").map((rs, ctx) -> summary(rs)).list());
    }

    /** Deletes the posts in the trash for good, with their revisions; returns how many. */
    public int emptyTrash() {
        return jdbi.inTransaction(h -> {
            TagRows.delete(h, h.createQuery("SELECT id FROM post WHERE in_trash = TRUE").mapTo(Long.class).list());
            int n = h.execute("DELETE FROM post WHERE in_trash = TRUE");
            Library.touch(h);
            return n;
        });
    }

    /** Every post not in the trash, in id order, loaded a chunk at a time so that memory stays flat. */
    public void forEach(Consumer<StoredPost> action) {
        Set<Long> trashed = trashedIds();
        long after = 0;
        while (true) {
            long from = after;
            // Paged by primary key alone, so that no page needs a sort; with "not in the trash" in the query,
            // H2 took the trash index and sorted all rows again for every page.
            List<Long> ids = jdbi.withHandle(h -> h.createQuery(
                            "SELECT id FROM post WHERE id > ? ORDER BY id FETCH FIRST " + CHUNK + " ROWS ONLY")
                    .bind(0, from).mapTo(Long.class).list());
            if (ids.isEmpty()) return;
            after = ids.get(ids.size() - 1);
            List<Long> kept = ids.stream().filter(id -> !trashed.contains(id)).toList();
            jdbi.withHandle(h -> PostLoader.load(h, kept)).forEach(action);
        }
    }

    /** The body of every post not in the trash, in id order, a chunk at a time; no meta is read. */
    public void forEachBody(Consumer<String> action) {
        Set<Long> trashed = trashedIds();
        long after = 0;
        while (true) {
            long from = after;
            List<Map.Entry<Long, String>> chunk = jdbi.withHandle(h -> h.createQuery(
                            "SELECT post_id, body FROM post_body WHERE post_id > ? ORDER BY post_id FETCH FIRST " + CHUNK + " ROWS ONLY")
                    .bind(0, from).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list());
            if (chunk.isEmpty()) return;
            after = chunk.get(chunk.size() - 1).getKey();
            for (Map.Entry<Long, String> e : chunk) {
                if (!trashed.contains(e.getKey())) action.accept(e.getValue());
            }
        }
    }

    private Set<Long> trashedIds() {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT id FROM post WHERE in_trash = TRUE")
                .mapTo(Long.class).list()));
    }

    static PostSummary summary(ResultSet rs) throws SQLException {
        return new PostSummary(rs.getLong("id"), rs.getString("reference"), rs.getString("title"), rs.getString("status"),
                rs.getString("version"), (Integer) SqlType.INTEGER.read(rs, "freshness"), (Integer) SqlType.INTEGER.read(rs, "quality"),
                rs.getBoolean("needs_review"), rs.getObject("last_reviewed", LocalDate.class),
                (Long) SqlType.BIGINT.read(rs, "view_count"), rs.getString("assignee"), rs.getInt("findings_total"));
    }
}
