package org.reviewdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
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
            + "outline_problem, outline_stack, outline_action, code_language, difficulty, reading_time, view_count, quality, "
            + "freshness, depth, clarity, status, version, version_key, last_reviewed, hash, flag_ai_style, flag_has_images, "
            + "flag_image_heavy, flag_needs_review, needs_review, payload_source_id, payload_generator, payload_paragraphs, "
            + "payload_scenario, payload_seed, present_groups, present_lists";

    private PostRows() {
    }

    static String insertSql() {
        String[] cols = COLUMNS.split(",\\s*");
        StringBuilder values = new StringBuilder();
        for (String c : cols) values.append(values.length() == 0 ? "" : ", ").append(':').append(c);
        return "INSERT INTO post (" + COLUMNS + ", row_version, edited_since_import, created_at, updated_at)"
                + " VALUES (" + values + ", 1, :edited_since_import, :now, :now)";
    }

    static String updateSql() {
        StringBuilder set = new StringBuilder();
        for (String c : COLUMNS.split(",\\s*")) set.append(set.length() == 0 ? "" : ", ").append(c).append(" = :").append(c);
        return "UPDATE post SET " + set + ", row_version = row_version + 1, updated_at = :now";
    }

    /** Binds every column of the post's row. */
    static <S extends SqlStatement<S>> S bind(S st, Post post) {
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
        return st.bindByType("reference", m.reference(), String.class)
                .bindByType("title", post.title(), String.class)
                .bindByType("title_key", post.title().toLowerCase(Locale.ROOT), String.class)
                .bindByType("topic", m.topic(), String.class)
                .bindByType("summary", m.summary(), String.class)
                .bindByType("ai_brief", m.aiBrief(), String.class)
                .bindByType("outline_context", o.context(), String.class)
                .bindByType("outline_problem", o.problem(), String.class)
                .bindByType("outline_stack", o.stack(), String.class)
                .bindByType("outline_action", o.recommendedAction(), String.class)
                .bindByType("code_language", m.codeLanguage(), String.class)
                .bindByType("difficulty", m.difficulty() == null ? null : m.difficulty().value(), String.class)
                .bindByType("reading_time", m.readingTime(), Integer.class)
                .bindByType("view_count", m.viewCount(), Long.class)
                .bindByType("quality", s.quality(), Integer.class)
                .bindByType("freshness", s.freshness(), Integer.class)
                .bindByType("depth", s.depth(), Integer.class)
                .bindByType("clarity", s.clarity(), Integer.class)
                .bindByType("status", r.status() == null ? null : r.status().value(), String.class)
                .bindByType("version", r.version() == null ? null : r.version().toString(), String.class)
                .bindByType("version_key", r.version() == null ? null : r.version().sortKey(), String.class)
                .bindByType("last_reviewed", r.lastReviewed(), LocalDate.class)
                .bindByType("hash", m.hash(), String.class)
                .bindByType("flag_ai_style", f.aiGeneratedStyle(), Boolean.class)
                .bindByType("flag_has_images", f.hasImages(), Boolean.class)
                .bindByType("flag_image_heavy", f.imageHeavy(), Boolean.class)
                .bindByType("flag_needs_review", f.needsHumanReview(), Boolean.class)
                .bind("needs_review", f.needsReview())
                .bindByType("payload_source_id", p.sourceId(), String.class)
                .bindByType("payload_generator", p.generator(), String.class)
                .bindByType("payload_paragraphs", p.paragraphs(), Integer.class)
                .bindByType("payload_scenario", p.scenario(), String.class)
                .bindByType("payload_seed", p.seed(), Long.class)
                .bind("present_groups", groups)
                .bind("present_lists", lists);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * A post's stack and tools entries are rows of post_tag keyed by the post's id times this plus their place
     * (tools from half of it): the post's entries are one range of the table's key (migration V4).
     */
    static final long TAG_SPAN = 4096;
    private static final int TOOLS_FROM = 2048;

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
        for (long id : ids) delete.bind(0, id * TAG_SPAN).bind(1, id * TAG_SPAN + TAG_SPAN - 1).add();
        delete.execute();
    }

    /** The child rows of many posts, sent as three batches. */
    static final class ChildBatches {
        private final PreparedBatch bodies;
        private final PreparedBatch tags;
        private final PreparedBatch extras;

        ChildBatches(Handle h) {
            bodies = h.prepareBatch("INSERT INTO post_body (post_id, body, stack, tools, checklist, notes, entities, image_sources) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            tags = h.prepareBatch("INSERT INTO post_tag (id, post_id, list, item, item_key) VALUES (?, ?, ?, ?, ?)");
            extras = h.prepareBatch("INSERT INTO post_extra (post_id, position, meta_key, is_list, item, val) VALUES (?, ?, ?, ?, ?, ?)");
        }

        void add(long id, String body, Meta m) {
            bodies.bind(0, id).bind(1, body)
                    .bindByType(2, ListColumns.strings(m.stack()), String.class)
                    .bindByType(3, ListColumns.strings(m.tools()), String.class)
                    .bindByType(4, ListColumns.strings(m.checklist()), String.class)
                    .bindByType(5, ListColumns.strings(m.notes()), String.class)
                    .bindByType(6, ListColumns.entities(m.entities()), String.class)
                    .bindByType(7, ListColumns.imageSources(m.imageSources()), String.class)
                    .add();
            addTags(id, "stack", 0, m.stack());
            addTags(id, "tools", TOOLS_FROM, m.tools());
            int i = 0;
            for (Map.Entry<String, Object> e : m.extra().entrySet()) {
                if (e.getValue() instanceof List<?> list) {
                    // An empty list still needs a row to exist: item -1 marks it.
                    if (list.isEmpty()) extras.bind(0, id).bind(1, i).bind(2, e.getKey()).bind(3, true).bind(4, -1).bind(5, "").add();
                    int j = 0;
                    for (Object v : list) {
                        extras.bind(0, id).bind(1, i).bind(2, e.getKey()).bind(3, true).bind(4, j++).bind(5, String.valueOf(v)).add();
                    }
                } else {
                    extras.bind(0, id).bind(1, i).bind(2, e.getKey()).bind(3, false).bind(4, 0).bind(5, String.valueOf(e.getValue())).add();
                }
                i++;
            }
        }

        /**
         * The entries the queue's filter and the suggestions look up: the first 2,048 of each list (the whole list
         * stays in the post's column; a stack longer than that is no stack).
         */
        private void addTags(long id, String list, int from, List<String> values) {
            if (values == null) return;
            int n = Math.min(values.size(), TOOLS_FROM);
            for (int i = 0; i < n; i++) {
                String v = values.get(i);
                tags.bind(0, id * TAG_SPAN + from + i).bind(1, id).bind(2, list).bind(3, v).bind(4, v.toLowerCase(Locale.ROOT)).add();
            }
        }

        void execute() {
            for (PreparedBatch b : List.of(bodies, tags, extras)) {
                if (b.size() > 0) b.execute();
            }
        }
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
