package org.reviewdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.ImportOutcome;
import org.reviewdesk.model.library.LibraryException;
import org.reviewdesk.service.JsonSnapshotCodec;

/** The post's language in its own column (migration V8): stored, read back, and absent when the post has none. */
class PostLanguageStoreTest {
    @TempDir
    Path dir;
    private Library library;

    @BeforeEach
    void open() throws LibraryException {
        library = Library.open(org.reviewdesk.testing.TestLibraries.address(dir), dir.resolve("local"), new JsonSnapshotCodec());
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aPostsLanguageComesBackAndAnAbsentOneStaysAbsent() {
        Post english = new Post("Colour", "body", Meta.builder().reference("lang-1").language("en-GB").build());
        Post unsaid = new Post("Color", "body", Meta.builder().reference("lang-2").build());
        assertThat(library.posts().importPost(english, false)).isEqualTo(ImportOutcome.IMPORTED);
        assertThat(library.posts().importPost(unsaid, false)).isEqualTo(ImportOutcome.IMPORTED);
        assertThat(library.posts().findByReference("lang-1").orElseThrow().post()).isEqualTo(english);
        assertThat(library.posts().findByReference("lang-2").orElseThrow().post().meta().language()).isNull();
    }

    @Test
    void aChangedLanguageIsSavedWithThePost() {
        Post english = new Post("Colour", "body", Meta.builder().reference("lang-3").language("en").build());
        library.posts().importPost(english, false);
        Post british = new Post("Colour", "body", english.meta().toBuilder().language("en-GB").build());
        assertThat(library.posts().importPost(british, false)).isEqualTo(ImportOutcome.UPDATED);
        assertThat(library.posts().findByReference("lang-3").orElseThrow().post().meta().language()).isEqualTo("en-GB");
    }
}
