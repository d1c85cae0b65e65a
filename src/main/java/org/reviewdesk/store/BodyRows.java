package org.reviewdesk.store;

import static org.reviewdesk.store.SqlType.BIGINT;
import static org.reviewdesk.store.SqlType.VARCHAR;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reviewdesk.model.Meta;

/**
 * The post_body table: a post's body and its lists, each list a JSON array in a column of its own
 * (docs/decisions/0007-lists-beside-the-body.md). A list absent from the meta is told apart from an empty one
 * by its bit in the post row's present_lists.
 */
final class BodyRows {
    /** One list of the meta in its column: its presence bit, and how it is written and read as JSON. */
    private record ListColumn<E>(String name, int bit, Function<Meta, List<E>> value,
                                 Function<List<E>, String> write, BiFunction<String, String, List<E>> read,
                                 BiConsumer<Meta.Builder, List<E>> into) {
        String json(Meta meta) {
            return write.apply(value.apply(meta));
        }

        void load(Meta.Builder meta, ResultSet rs, int present) throws SQLException {
            if ((present & bit) != 0) into.accept(meta, read.apply(rs.getString(alias()), name));
        }

        /** The column's name in the loader's join, where the post row's columns come first. */
        String alias() {
            return "list_" + name;
        }
    }

    private static final List<ListColumn<?>> LISTS = List.of(
            new ListColumn<>("stack", 1, Meta::stack, ListColumns::strings, ListColumns::readStrings, Meta.Builder::stack),
            new ListColumn<>("tools", 2, Meta::tools, ListColumns::strings, ListColumns::readStrings, Meta.Builder::tools),
            new ListColumn<>("checklist", 4, Meta::checklist, ListColumns::strings, ListColumns::readStrings,
                    Meta.Builder::checklist),
            new ListColumn<>("notes", 32, Meta::notes, ListColumns::strings, ListColumns::readStrings, Meta.Builder::notes),
            new ListColumn<>("entities", 8, Meta::entities, ListColumns::entities, ListColumns::readEntities,
                    Meta.Builder::entities),
            new ListColumn<>("image_sources", 16, Meta::imageSources, ListColumns::imageSources,
                    ListColumns::readImageSources, Meta.Builder::imageSources));

    /** What a body row is written from. */
    record Body(long postId, String body, Meta meta) {
    }

    static final ColumnTable<Body> COLUMNS = new ColumnTable<>("post_body", columns());

    private BodyRows() {
    }

    private static List<Column<Body>> columns() {
        List<Column<Body>> columns = new ArrayList<>();
        columns.add(ColumnTable.column("post_id", BIGINT, Body::postId));
        columns.add(ColumnTable.column("body", VARCHAR, Body::body));
        for (ListColumn<?> list : LISTS) columns.add(ColumnTable.column(list.name(), VARCHAR, b -> list.json(b.meta())));
        return columns;
    }

    /** The post row's present_lists: a bit for each list the meta has. */
    static int presentLists(Meta m) {
        int bits = 0;
        for (ListColumn<?> list : LISTS) if (list.value().apply(m) != null) bits |= list.bit();
        return bits;
    }

    /** The body and the lists as the loader selects them from post_body {@code b}. */
    static String select() {
        return "b.body, " + LISTS.stream().map(l -> "b." + l.name() + " AS " + l.alias()).collect(Collectors.joining(", "));
    }

    /** Puts the lists that {@code present} (the row's present_lists) names into the meta. */
    static void intoMeta(Meta.Builder meta, ResultSet rs, int present) throws SQLException {
        for (ListColumn<?> list : LISTS) list.load(meta, rs, present);
    }
}
