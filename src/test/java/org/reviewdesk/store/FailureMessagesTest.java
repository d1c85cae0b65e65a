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
        String title = "Confidential draft about the merger " + "x".repeat(5000);
        String body = "The body nobody else should read in an error message.";
        try (Library library = Library.open(TestLibraries.address(dir), dir.resolve("local"), new JsonSnapshotCodec())) {
            Throwable refused = catchThrowable(() -> library.posts().create(
                    new Post(title, body, Meta.builder().reference("ref-long-title").build())));

            assertThat(refused).isNotNull();
            assertThat(refused.getMessage()).containsIgnoringCase("too long")
                    .doesNotContain("nobody else", "INSERT", "SQL statement", "arguments");
            // H2 quotes the start of the value it refused (its first 60 characters or so), never the whole of it.
            assertThat(refused.getMessage().length()).isLessThan(300);
        }
    }
}
