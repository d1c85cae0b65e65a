package org.reviewdesk.store;

import org.reviewdesk.model.library.LibraryException;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.model.library.StaleEditException;
import org.reviewdesk.model.library.StoredPost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.JsonSnapshotCodec;

/** The suggestions the meta form offers come from the values already in the library. */
class DistinctItemsTest {
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

    private long add(String ref, List<String> stack, List<String> tools, String language) {
        return library.posts().create(new Post(ref, "", Meta.builder().reference(ref).stack(stack).tools(tools)
                .codeLanguage(language).build())).id();
    }

    @Test
    void stackToolsAndLanguagesAreDistinctMostUsedFirstAndSkipTheTrash() {
        add("a", List.of("redis", "python"), List.of("docker"), "python");
        add("b", List.of("python"), List.of("docker", "helm"), "python");
        add("c", List.of("kafka"), null, "go");
        long trashed = add("d", List.of("cobol"), List.of("punch cards"), "cobol");
        library.posts().trash(trashed);

        assertThat(library.posts().distinctItems("stack", 10)).containsExactly("python", "kafka", "redis");
        assertThat(library.posts().distinctItems("tools", 10)).containsExactly("docker", "helm");
        assertThat(library.posts().distinctItems("code_language", 10)).containsExactly("python", "go");
        assertThat(library.posts().distinctItems("stack", 1)).containsExactly("python");
    }

    @Test
    void aSavedPostsOldEntriesAndAnEmptiedTrashsEntriesAreNeitherSuggestedNorMatched() throws StaleEditException {
        long kept = add("a", List.of("python"), List.of("docker"), null);
        long gone = add("b", List.of("cobol"), List.of("punch cards"), null);
        StoredPost post = library.posts().find(kept).orElseThrow();
        library.posts().save(kept, post.rowVersion(), post.post().withMeta(post.post().meta().toBuilder()
                .tools(List.of("podman")).build()));
        library.posts().trash(gone);
        library.posts().emptyTrash();
        // The other post's entries are found again after its row is deleted: the trash's deletion is by range.
        add("c", List.of("go"), List.of("Docker"), null);

        assertThat(library.posts().distinctItems("tools", 10)).containsExactly("Docker", "podman");
        assertThat(library.posts().distinctItems("stack", 10)).containsExactly("go", "python");
        assertThat(library.queue().page(tag("docker"), QueueSort.PRIORITY, 0, 10).rows())
                .extracting(PostSummary::reference).containsExactly("c");
        assertThat(library.queue().page(tag("punch cards"), QueueSort.PRIORITY, 0, 10).rows()).isEmpty();
        assertThat(library.queue().page(tag("PODMAN"), QueueSort.PRIORITY, 0, 10).rows())
                .extracting(PostSummary::reference).containsExactly("a");
    }

    private static QueueFilter tag(String stackOrTool) {
        return new QueueFilter(false, null, null, null, stackOrTool, null, null);
    }

    @Test
    void anUnknownFieldIsRefusedWithTheFieldsThatExist() {
        assertThatThrownBy(() -> library.posts().distinctItems("checklist; DROP TABLE post", 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stack, tools, code_language");
    }
}
