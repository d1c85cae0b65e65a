package org.reviewdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.JsonSnapshotCodec;
import org.reviewdesk.testing.TestLibraries;

/** A write the database refuses says what the database said, not the SQL and not the post's text. */
class FailureMessagesTest {
    @TempDir
    Path dir;

    @Test
    void aRefusedWriteNamesTheReasonWithoutTheStatementOrThePostsText() throws Exception {
        String body = "The body nobody else should read in an error message.";
        try (Library library = Library.open(TestLibraries.address(dir), dir.resolve("local"), new JsonSnapshotCodec())) {
            long id = library.posts().create(new Post("A draft", body, Meta.builder().reference("ref-draft").build())).id();
            // An assignee longer than its column: a value the database itself refuses (the post's own fields are
            // held to their columns before they reach it, PostWriter).
            Throwable refused = catchThrowable(() -> library.queue().assign(java.util.List.of(id),
                    "Confidential reviewer " + "x".repeat(5000)));

            assertThat(refused).isNotNull();
            assertThat(refused.getMessage()).containsIgnoringCase("too long")
                    .doesNotContain("nobody else", "INSERT", "SQL statement", "arguments");
            // H2 quotes the start of the value it refused (its first 60 characters or so), never the whole of it.
            assertThat(refused.getMessage().length()).isLessThan(300);
        }
    }

    @Test
    void theLengthsPostsAreHeldToAreTheLengthsOfThePostTable() throws Exception {
        try (Library library = Library.open(TestLibraries.address(dir), dir.resolve("local"), new JsonSnapshotCodec())) {
            java.util.Map<String, Integer> columns = library.jdbi().withHandle(h -> h.createQuery(
                            "SELECT LOWER(column_name), character_maximum_length FROM information_schema.columns "
                                    + "WHERE LOWER(table_name) = 'post' AND table_schema = CURRENT_SCHEMA")
                    .map((rs, ctx) -> java.util.Map.entry(rs.getString(1), rs.getInt(2)))
                    .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
            PostWriter.limits().forEach((column, max) -> assertThat(columns).as(column).containsEntry(column, max));
        }
    }
}
