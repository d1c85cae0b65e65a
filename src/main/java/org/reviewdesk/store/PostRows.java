package org.reviewdesk.store;

import org.reviewdesk.model.library.StoredPost;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.reviewdesk.model.AiOutline;
import org.reviewdesk.model.Difficulty;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.SemVer;

/**
 * Writes a post into its row and child rows, and rebuilds it from them exactly: absent groups and lists
 * stay absent (presence bits), unknown keys keep their order.
 */
final class PostRows {
    private static final int OUTLINE = 1;
    private static final int SCORE = 2;
    private static final int REVISION = 4;
    private static final int FLAGS = 8;
    private static final int PAYLOAD = 16;

    private static final int STACK = 1;
    private static final int TOOLS = 2;
    private static final int CHECKLIST = 4;
    private static final int ENTITIES = 8;
    private static final int IMAGES = 16;
    private static final int NOTES = 32;

    static final String COLUMNS = "reference, title, title_key, topic, summary, ai_brief, outline_context, "
            + "outline_problem, outline_stack, outline_action, code_language, language, difficulty, reading_time, view_count, "
            + "quality, freshness, depth, clarity, status, version, version_key, last_reviewed, hash, flag_ai_style, flag_has_images, "
            + "flag_image_heavy, flag_needs_review, needs_review, payload_source_id, payload_generator, payload_paragraphs, "
            + "payload_scenario, payload_seed, present_groups, present_lists";

    private PostRows() {
    }

    /** The columns one by one, and the Java type of each (what {@link #values} holds at the same place). */
    private static final String[] NAMES = COLUMNS.split(",\\s*");
    private static final Class<?>[] TYPES = {
        String.class, String.class, String.class, String.class, String.class, String.class, String.class, String.class,
        String.class, String.class, String.class, String.class, String.class, Integer.class, Long.class, Integer.class,
        Integer.class, Integer.class, Integer.class, String.class, String.class, String.class, LocalDate.class, String.class,
        Boolean.class, Boolean.class, Boolean.class, Boolean.class, Boolean.class, String.class, String.class,
        Integer.class, String.class, Long.class, Integer.class, Integer.class};

    static {
        if (TYPES.length != NAMES.length) throw new IllegalStateException("PostRows.TYPES does not match COLUMNS");
    }

    static String insertSql() {
        StringBuilder values = new StringBuilder();
        for (String c : NAMES) values.append(values.length() == 0 ? "" : ", ").append(':').append(c);
        return "INSERT INTO post (" + COLUMNS + ", row_version, edited_since_import, created_at, updated_at)"
                + " VALUES (" + values + ", 1, :edited_since_import, :now, :now)";
    }

    /**
     * The insert as plain JDBC takes it: the columns in {@link #COLUMNS} order, then edited_since_import, created_at
     * and updated_at; with {@code withId}, the id first.
     */
    static String insertSqlPositional(boolean withId) {
        StringBuilder sql = new StringBuilder("INSERT INTO post (").append(withId ? "id, " : "").append(COLUMNS)
                .append(", row_version, edited_since_import, created_at, updated_at) VALUES (").append(withId ? "?, " : "");
        for (int i = 0; i < NAMES.length; i++) sql.append("?, ");
        return sql.append("1, ?, ?, ?)").toString();
    }

    static String updateSql() {
        StringBuilder set = new StringBuilder();
        for (String c : NAMES) set.append(set.length() == 0 ? "" : ", ").append(c).append(" = :").append(c);
        return "UPDATE post SET " + set + ", row_version = row_version + 1, updated_at = :now";
    }

    /** The values of the post's row, in {@link #COLUMNS} order. */
    static Object[] values(Post post) {
        Meta m = post.meta();
        AiOutline o = m.aiOutlineOrEmpty();
        Score s = m.scoreOrEmpty();
        Revision r = m.revisionOrEmpty();
        Flags f = m.flagsOrEmpty();
        Payload p = m.payloadOrEmpty();
        int groups = (m.aiOutline() != null ? OUTLINE : 0) | (m.score() != null ? SCORE : 0)
                | (m.revision() != null ? REVISION : 0) | (m.flags() != null ? FLAGS : 0) | (m.payload() != null ? PAYLOAD : 0);
        int lists = (m.stack() != null ? STACK : 0) | (m.tools() != null ? TOOLS : 0) | (m.checklist() != null ? CHECKLIST : 0)
                | (m.entities() != null ? ENTITIES : 0) | (m.imageSources() != null ? IMAGES : 0) | (m.notes() != null ? NOTES : 0);
        return new Object[] {
            m.reference(), post.title(), post.title().toLowerCase(Locale.ROOT), m.topic(), m.summary(), m.aiBrief(),
            o.context(), o.problem(), o.stack(), o.recommendedAction(), m.codeLanguage(), m.language(),
            m.difficulty() == null ? null : m.difficulty().value(),
            m.readingTime(), m.viewCount(), s.quality(), s.freshness(), s.depth(), s.clarity(),
            r.status() == null ? null : r.status().value(), r.version() == null ? null : r.version().toString(),
            r.version() == null ? null : r.version().sortKey(), r.lastReviewed(), m.hash(),
            f.aiGeneratedStyle(), f.hasImages(), f.imageHeavy(), f.needsHumanReview(), f.needsReview(),
            p.sourceId(), p.generator(), p.paragraphs(), p.scenario(), p.seed(), groups, lists};
    }

    /** Binds every column of the post's row by name. */
    static <S extends SqlStatement<S>> S bind(S st, Post post) {
        Object[] values = values(post);
        for (int i = 0; i < NAMES.length; i++) st.bindByType(NAMES[i], values[i], TYPES[i]);
        return st;
    }

    /**
     * Sets every column of the post's row from parameter {@code first} on: an import's rows go in through plain JDBC,
     * which costs the writer much less than the binding layer while the code is still interpreted (docs/performance.md).
     */
    private static void set(PreparedStatement ps, int first, Post post) throws SQLException {
        Object[] values = values(post);
        for (int i = 0; i < values.length; i++) {
            int at = first + i;
            Object v = values[i];
            Class<?> type = TYPES[i];
            if (type == String.class) {
                ps.setString(at, (String) v);
            } else if (v == null) {
                ps.setNull(at, type == Integer.class ? Types.INTEGER : type == Long.class ? Types.BIGINT
                        : type == Boolean.class ? Types.BOOLEAN : Types.DATE);
            } else if (type == Integer.class) {
                ps.setInt(at, (Integer) v);
            } else if (type == Long.class) {
                ps.setLong(at, (Long) v);
            } else if (type == Boolean.class) {
                ps.setBoolean(at, (Boolean) v);
            } else {
                ps.setObject(at, v);
            }
        }
    }

    /**
     * Adds a new post's row to a batch of {@link #insertSqlPositional}: its columns from parameter {@code first} on,
     * then edited_since_import, created_at and updated_at.
     */
    static void addRow(PreparedStatement ps, int first, Post post, boolean edited, OffsetDateTime now) throws SQLException {
        set(ps, first, post);
        int after = first + NAMES.length;
        ps.setBoolean(after, edited);
        ps.setObject(after + 1, now);
        ps.setObject(after + 2, now);
        ps.addBatch();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * A post's stack and tools entries are rows of post_tag keyed by the post's id times this plus their place
     * (tools from half of it): the post's entries are one range of the table's key (migration V4).
     */
    private static final long TAG_SPAN = 4096;
    private static final int TOOLS_FROM = 2048;

    /** The first key of a post's post_tag range. */
    static long firstTag(long postId) {
        return postId * TAG_SPAN;
    }

    /** The last key of a post's post_tag range. */
    static long lastTag(long postId) {
        return postId * TAG_SPAN + TAG_SPAN - 1;
    }

    /** Replaces the child rows (body and lists, tags, extras) of a post. */
    static void writeChildren(Handle h, long id, String body, Meta m, boolean replace) {
        if (replace) {
            h.execute("DELETE FROM post_body WHERE post_id = ?", id);
            h.execute("DELETE FROM post_extra WHERE post_id = ?", id);
            deleteTags(h, List.of(id));
        }
        ChildBatches batches = new ChildBatches(h);
        batches.add(id, body, m);
        batches.execute();
    }

    /** Deletes the tag rows of these posts (post_tag has no foreign key to cascade from the post). */
    static void deleteTags(Handle h, List<Long> ids) {
        if (ids.isEmpty()) return;
        PreparedBatch delete = h.prepareBatch("DELETE FROM post_tag WHERE id BETWEEN ? AND ?");
        for (long id : ids) delete.bind(0, firstTag(id)).bind(1, lastTag(id)).add();
        delete.execute();
    }

    /** The child rows of many posts, sent as three plain JDBC batches by {@link #execute}, which also closes them. */
    static final class ChildBatches {
        private final PreparedStatement bodies;
        private final PreparedStatement tags;
        private final PreparedStatement extras;
        private int bodyRows;
        private int tagRows;
        private int extraRows;

        ChildBatches(Handle h) {
            Connection c = h.getConnection();
            try {
                bodies = c.prepareStatement("INSERT INTO post_body (post_id, body, stack, tools, checklist, notes, entities, "
                        + "image_sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                tags = c.prepareStatement("INSERT INTO post_tag (id, post_id, list, item, item_key) VALUES (?, ?, ?, ?, ?)");
                extras = c.prepareStatement("INSERT INTO post_extra (post_id, position, meta_key, is_list, item, val) "
                        + "VALUES (?, ?, ?, ?, ?, ?)");
            } catch (SQLException e) {
                throw refused(e);
            }
        }

        void add(long id, String body, Meta m) {
            try {
                bodies.setLong(1, id);
                bodies.setString(2, body);
                bodies.setString(3, ListColumns.strings(m.stack()));
                bodies.setString(4, ListColumns.strings(m.tools()));
                bodies.setString(5, ListColumns.strings(m.checklist()));
                bodies.setString(6, ListColumns.strings(m.notes()));
                bodies.setString(7, ListColumns.entities(m.entities()));
                bodies.setString(8, ListColumns.imageSources(m.imageSources()));
                bodies.addBatch();
                bodyRows++;
                addTags(id, "stack", 0, m.stack());
                addTags(id, "tools", TOOLS_FROM, m.tools());
                int i = 0;
                for (Map.Entry<String, Object> e : m.extra().entrySet()) {
                    if (e.getValue() instanceof List<?> list) {
                        // An empty list still needs a row to exist: item -1 marks it.
                        if (list.isEmpty()) addExtra(id, i, e.getKey(), true, -1, "");
                        int j = 0;
                        for (Object v : list) addExtra(id, i, e.getKey(), true, j++, String.valueOf(v));
                    } else {
                        addExtra(id, i, e.getKey(), false, 0, String.valueOf(e.getValue()));
                    }
                    i++;
                }
            } catch (SQLException e) {
                throw refused(e);
            }
        }

        private void addExtra(long id, int position, String key, boolean isList, int item, String value) throws SQLException {
            extras.setLong(1, id);
            extras.setInt(2, position);
            extras.setString(3, key);
            extras.setBoolean(4, isList);
            extras.setInt(5, item);
            extras.setString(6, value);
            extras.addBatch();
            extraRows++;
        }

        /**
         * The entries the queue's filter and the suggestions look up: the first 2,048 of each list (the whole list
         * stays in the post's column; a stack longer than that is no stack).
         */
        private void addTags(long id, String list, int from, List<String> values) throws SQLException {
            if (values == null) return;
            int n = Math.min(values.size(), TOOLS_FROM);
            for (int i = 0; i < n; i++) {
                String v = values.get(i);
                tags.setLong(1, firstTag(id) + from + i);
                tags.setLong(2, id);
                tags.setString(3, list);
                tags.setString(4, v);
                tags.setString(5, v.toLowerCase(Locale.ROOT));
                tags.addBatch();
                tagRows++;
            }
        }

        void execute() {
            try (bodies; tags; extras) {
                if (bodyRows > 0) bodies.executeBatch();
                if (tagRows > 0) tags.executeBatch();
                if (extraRows > 0) extras.executeBatch();
            } catch (SQLException e) {
                throw refused(e);
            }
        }
    }

    /** A statement H2 refused, as the unchecked exception the store's callers handle (an import reports the file). */
    static IllegalStateException refused(SQLException e) {
        SQLException cause = e;
        // A batch's own message only says that the batch failed; its next exception says why.
        if (e instanceof java.sql.BatchUpdateException && e.getNextException() != null) cause = e.getNextException();
        return new IllegalStateException(cause.getMessage(), e);
    }

    /** The state of one post row before its children are attached. */
    static final class Row {
        final long id;
        final long rowVersion;
        final Instant updatedAt;
        final boolean editedSinceImport;
        final String assignee;
        final String title;
        final String body;
        final Meta.Builder meta;
        final int lists;
        private final List<String> stack;
        private final List<String> tools;
        private final List<String> checklist;
        private final List<String> notes;
        private final List<Entity> entities;
        private final List<ImageSource> images;
        final Map<Integer, Object[]> extra = new java.util.TreeMap<>();

        Row(ResultSet rs) throws SQLException {
            id = rs.getLong("id");
            rowVersion = rs.getLong("row_version");
            updatedAt = rs.getObject("updated_at", OffsetDateTime.class).toInstant();
            editedSinceImport = rs.getBoolean("edited_since_import");
            assignee = rs.getString("assignee");
            title = rs.getString("title");
            body = rs.getString("body");
            lists = rs.getInt("present_lists");
            stack = (lists & STACK) != 0 ? ListColumns.readStrings(rs.getString("list_stack"), "stack") : null;
            tools = (lists & TOOLS) != 0 ? ListColumns.readStrings(rs.getString("list_tools"), "tools") : null;
            checklist = (lists & CHECKLIST) != 0 ? ListColumns.readStrings(rs.getString("list_checklist"), "checklist") : null;
            notes = (lists & NOTES) != 0 ? ListColumns.readStrings(rs.getString("list_notes"), "notes") : null;
            entities = (lists & ENTITIES) != 0 ? ListColumns.readEntities(rs.getString("list_entities"), "entities") : null;
            images = (lists & IMAGES) != 0 ? ListColumns.readImageSources(rs.getString("list_image_sources"), "image_sources") : null;
            int groups = rs.getInt("present_groups");
            meta = Meta.builder()
                    .reference(rs.getString("reference"))
                    .topic(rs.getString("topic"))
                    .summary(rs.getString("summary"))
                    .aiBrief(rs.getString("ai_brief"))
                    .codeLanguage(rs.getString("code_language"))
                    .language(rs.getString("language"))
                    .difficulty(rs.getString("difficulty") == null ? null : Difficulty.of(rs.getString("difficulty")))
                    .readingTime(integer(rs, "reading_time"))
                    .viewCount(longValue(rs, "view_count"))
                    .hash(rs.getString("hash"));
            if ((groups & OUTLINE) != 0) {
                meta.aiOutline(new AiOutline(rs.getString("outline_context"), rs.getString("outline_problem"),
                        rs.getString("outline_stack"), rs.getString("outline_action")));
            }
            if ((groups & SCORE) != 0) {
                meta.score(new Score(integer(rs, "quality"), integer(rs, "freshness"), integer(rs, "depth"), integer(rs, "clarity")));
            }
            if ((groups & REVISION) != 0) {
                String v = rs.getString("version");
                String st = rs.getString("status");
                meta.revision(new Revision(st == null ? null : ReviewStatus.of(st), v == null ? null : SemVer.parse(v),
                        rs.getObject("last_reviewed", LocalDate.class)));
            }
            if ((groups & FLAGS) != 0) {
                meta.flags(new Flags(bool(rs, "flag_ai_style"), bool(rs, "flag_has_images"), bool(rs, "flag_image_heavy"),
                        bool(rs, "flag_needs_review")));
            }
            if ((groups & PAYLOAD) != 0) {
                meta.payload(new Payload(rs.getString("payload_source_id"), rs.getString("payload_generator"),
                        integer(rs, "payload_paragraphs"), rs.getString("payload_scenario"), longValue(rs, "payload_seed")));
            }
        }

        StoredPost toStoredPost() {
            meta.stack(stack).tools(tools).checklist(checklist).notes(notes).entities(entities).imageSources(images);
            Map<String, Object> ex = new LinkedHashMap<>();
            for (Object[] e : extra.values()) ex.put((String) e[0], e[1]);
            meta.extra(ex);
            return new StoredPost(id, new Post(title, body, meta.build()), rowVersion, updatedAt, editedSinceImport, assignee);
        }
    }

    /** Loads whole posts by id, in the order given. */
    static List<StoredPost> load(Handle h, List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (Long id : ids) rows.put(id, null);
        h.createQuery("SELECT p.*, b.body, b.stack AS list_stack, b.tools AS list_tools, b.checklist AS list_checklist, "
                        + "b.notes AS list_notes, b.entities AS list_entities, b.image_sources AS list_image_sources "
                        + "FROM post p JOIN post_body b ON b.post_id = p.id WHERE p.id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> new Row(rs)).forEach(r -> rows.put(r.id, r));
        rows.values().removeIf(java.util.Objects::isNull);
        if (rows.isEmpty()) return List.of();
        List<Long> found = new ArrayList<>(rows.keySet());
        h.createQuery("SELECT post_id, position, meta_key, is_list, item, val FROM post_extra WHERE post_id IN (<ids>) "
                        + "ORDER BY post_id, position, item")
                .bindList("ids", found).map((rs, ctx) -> {
                    Row row = rows.get(rs.getLong(1));
                    int pos = rs.getInt(2);
                    boolean isList = rs.getBoolean(4);
                    if (!isList) {
                        row.extra.put(pos, new Object[] {rs.getString(3), rs.getString(6)});
                    } else {
                        String key = rs.getString(3);
                        Object[] e = row.extra.computeIfAbsent(pos, k -> new Object[] {key, new ArrayList<String>()});
                        @SuppressWarnings("unchecked")
                        List<String> list = (List<String>) e[1];
                        if (rs.getInt(5) >= 0) list.add(rs.getString(6));
                    }
                    return 0;
                }).forEach(x -> { });
        return rows.values().stream().map(Row::toStoredPost).toList();
    }

    static Integer integer(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static Long longValue(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    static Boolean bool(ResultSet rs, String col) throws SQLException {
        boolean v = rs.getBoolean(col);
        return rs.wasNull() ? null : v;
    }

}
