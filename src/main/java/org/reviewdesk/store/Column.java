package org.reviewdesk.store;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.reviewdesk.model.Meta;

/**
 * One column of a table the store writes: its name, its SQL type, the value it takes from what a row is written
 * from (a post, a body, a tag), and where the value read back goes in the post's meta when it goes there alone
 * ({@code intoMeta}; null for a column read as part of a group, derived from others, or not read into the meta).
 * A {@link ColumnTable} of these is the table's one description.
 */
record Column<S>(String name, SqlType type, Function<? super S, ?> value, BiConsumer<Meta.Builder, Object> intoMeta) {
}
