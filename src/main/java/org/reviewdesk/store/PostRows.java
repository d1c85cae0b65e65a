package org.reviewdesk.store;

import static org.reviewdesk.store.SqlType.BIGINT;
import static org.reviewdesk.store.SqlType.BOOLEAN;
import static org.reviewdesk.store.SqlType.DATE;
import static org.reviewdesk.store.SqlType.INTEGER;
import static org.reviewdesk.store.SqlType.VARCHAR;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jdbi.v3.core.statement.SqlStatement;
import org.reviewdesk.model.AiOutline;
import org.reviewdesk.model.Difficulty;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.SemVer;

/**
 * The post table: its columns, the groups of the meta they hold, and the statements that write a post's row. A
 * group absent from the meta is told apart from an empty one by its bit in present_groups. The column table is
 * declarative, one line per column, and is where a new column goes; the groups say how their columns are read back.
 */
final class PostRows {
    /** The post's own columns; the row's bookkeeping (id, row_version, timestamps, trash) is written by the statements. */
    static final ColumnTable<Post> COLUMNS = new ColumnTable<>("post", List.of(
            meta("reference", VARCHAR, Meta::reference, Meta.Builder::reference),
            post("title", VARCHAR, Post::title),
            post("title_key", VARCHAR, p -> p.title().toLowerCase(Locale.ROOT)),
            meta("topic", VARCHAR, Meta::topic, Meta.Builder::topic),
            meta("summary", VARCHAR, Meta::summary, Meta.Builder::summary),
            meta("ai_brief", VARCHAR, Meta::aiBrief, Meta.Builder::aiBrief),
            post("outline_context", VARCHAR, p -> p.meta().aiOutlineOrEmpty().context()),
            post("outline_problem", VARCHAR, p -> p.meta().aiOutlineOrEmpty().problem()),
            post("outline_stack", VARCHAR, p -> p.meta().aiOutlineOrEmpty().stack()),
            post("outline_action", VARCHAR, p -> p.meta().aiOutlineOrEmpty().recommendedAction()),
            meta("code_language", VARCHAR, Meta::codeLanguage, Meta.Builder::codeLanguage),
            meta("language", VARCHAR, Meta::language, Meta.Builder::language),
            meta("difficulty", VARCHAR, m -> m.difficulty() == null ? null : m.difficulty().value(),
                    (b, v) -> b.difficulty(v == null ? null : Difficulty.of(v))),
            meta("reading_time", INTEGER, Meta::readingTime, Meta.Builder::readingTime),
            meta("view_count", BIGINT, Meta::viewCount, Meta.Builder::viewCount),
            post("quality", INTEGER, p -> p.meta().scoreOrEmpty().quality()),
            post("freshness", INTEGER, p -> p.meta().scoreOrEmpty().freshness()),
            post("depth", INTEGER, p -> p.meta().scoreOrEmpty().depth()),
            post("clarity", INTEGER, p -> p.meta().scoreOrEmpty().clarity()),
            post("status", VARCHAR, p -> valueOf(p.meta().revisionOrEmpty().status())),
            post("version", VARCHAR, p -> p.meta().revisionOrEmpty().version() == null ? null
                    : p.meta().revisionOrEmpty().version().toString()),
            post("version_key", VARCHAR, p -> p.meta().revisionOrEmpty().version() == null ? null
                    : p.meta().revisionOrEmpty().version().sortKey()),
            post("last_reviewed", DATE, p -> p.meta().revisionOrEmpty().lastReviewed()),
            meta("hash", VARCHAR, Meta::hash, Meta.Builder::hash),
            post("flag_ai_style", BOOLEAN, p -> p.meta().flagsOrEmpty().aiGeneratedStyle()),
            post("flag_has_images", BOOLEAN, p -> p.meta().flagsOrEmpty().hasImages()),
            post("flag_image_heavy", BOOLEAN, p -> p.meta().flagsOrEmpty().imageHeavy()),
            post("flag_needs_review", BOOLEAN, p -> p.meta().flagsOrEmpty().needsHumanReview()),
            post("needs_review", BOOLEAN, p -> p.meta().flagsOrEmpty().needsReview()),
            post("payload_source_id", VARCHAR, p -> p.meta().payloadOrEmpty().sourceId()),
            post("payload_generator", VARCHAR, p -> p.meta().payloadOrEmpty().generator()),
            post("payload_paragraphs", INTEGER, p -> p.meta().payloadOrEmpty().paragraphs()),
            post("payload_scenario", VARCHAR, p -> p.meta().payloadOrEmpty().scenario()),
            post("payload_seed", BIGINT, p -> p.meta().payloadOrEmpty().seed()),
            post("present_groups", INTEGER, p -> presentGroups(p.meta())),
            post("present_lists", INTEGER, p -> BodyRows.presentLists(p.meta()))));

    /** A group of the meta kept in several columns of the row: its presence bit, and how it is read back. */
    private record Group<G>(int bit, Function<Meta, G> value, Function<ColumnTable<Post>.Values, G> read,
                            BiConsumer<Meta.Builder, G> into) {
        void load(Meta.Builder meta, ColumnTable<Post>.Values values, int present) {
            if ((present & bit) != 0) into.accept(meta, read.apply(values));
        }
    }

    private static final List<Group<?>> GROUPS = List.of(
            new Group<>(1, Meta::aiOutline, v -> new AiOutline(v.string("outline_context"), v.string("outline_problem"),
                    v.string("outline_stack"), v.string("outline_action")), Meta.Builder::aiOutline),
            new Group<>(2, Meta::score, v -> new Score(v.integer("quality"), v.integer("freshness"), v.integer("depth"),
                    v.integer("clarity")), Meta.Builder::score),
            new Group<>(4, Meta::revision, v -> new Revision(
                    v.string("status") == null ? null : ReviewStatus.of(v.string("status")),
                    v.string("version") == null ? null : SemVer.parse(v.string("version")),
                    (LocalDate) v.get("last_reviewed")), Meta.Builder::revision),
            new Group<>(8, Meta::flags, v -> new Flags(v.bool("flag_ai_style"), v.bool("flag_has_images"),
                    v.bool("flag_image_heavy"), v.bool("flag_needs_review")), Meta.Builder::flags),
            new Group<>(16, Meta::payload, v -> new Payload(v.string("payload_source_id"), v.string("payload_generator"),
                    v.integer("payload_paragraphs"), v.string("payload_scenario"), v.bigint("payload_seed")),
                    Meta.Builder::payload));

    private PostRows() {
    }

    private static Column<Post> post(String name, SqlType type, Function<Post, ?> value) {
        return ColumnTable.column(name, type, value);
    }

    /** A column holding one field of the meta by itself, read back into the same field. */
    @SuppressWarnings("unchecked")
    private static <T> Column<Post> meta(String name, SqlType type, Function<Meta, T> value, BiConsumer<Meta.Builder, T> into) {
        return new Column<>(name, type, p -> value.apply(p.meta()), (b, v) -> into.accept(b, (T) v));
    }

    private static String valueOf(ReviewStatus status) {
        return status == null ? null : status.value();
    }

    private static int presentGroups(Meta m) {
        int bits = 0;
        for (Group<?> g : GROUPS) if (g.value().apply(m) != null) bits |= g.bit();
        return bits;
    }

    /** The meta the row's values hold, lists and extra keys aside (BodyRows, ExtraRows). */
    static Meta.Builder meta(ColumnTable<Post>.Values values) {
        Meta.Builder meta = Meta.builder();
        COLUMNS.intoMeta(meta, values);
        Integer present = values.integer("present_groups");
        for (Group<?> g : GROUPS) g.load(meta, values, present == null ? 0 : present);
        return meta;
    }

    static String insertSql() {
        return "INSERT INTO post (" + COLUMNS.names("") + ", row_version, edited_since_import, created_at, updated_at)"
                + " VALUES (" + COLUMNS.namedParameters() + ", 1, :edited_since_import, :now, :now)";
    }

    /**
     * The insert as plain JDBC takes it: the columns in {@link #COLUMNS} order, then edited_since_import, created_at
     * and updated_at; with {@code withId}, the id first.
     */
    static String insertSqlPositional(boolean withId) {
        return "INSERT INTO post (" + (withId ? "id, " : "") + COLUMNS.names("")
                + ", row_version, edited_since_import, created_at, updated_at) VALUES (" + (withId ? "?, " : "")
                + COLUMNS.placeholders() + ", 1, ?, ?, ?)";
    }

    static String updateSql() {
        return "UPDATE post SET " + COLUMNS.assignments() + ", row_version = row_version + 1, updated_at = :now";
    }

    /** Binds every column of the post's row by name. */
    static <S extends SqlStatement<S>> S bind(S st, Post post) {
        return COLUMNS.bind(st, post);
    }

    /**
     * Adds a new post's row to a batch of {@link #insertSqlPositional}: its columns from parameter {@code first} on,
     * then edited_since_import, created_at and updated_at. An import's rows go in through plain JDBC, which costs the
     * writer much less than the binding layer while the code is still interpreted (docs/performance.md).
     */
    static void addRow(PreparedStatement ps, int first, Post post, boolean edited, OffsetDateTime now) throws SQLException {
        int after = COLUMNS.set(ps, first, post);
        ps.setBoolean(after, edited);
        ps.setObject(after + 1, now);
        ps.setObject(after + 2, now);
        ps.addBatch();
    }
}
