package org.reviewdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.service.JsonSnapshotCodec;
import org.reviewdesk.synth.PostSynthesizer;

/**
 * The last program to close a folder library compacts its file when that gives something back: after an import, not
 * after a session that only read it or saved a post. The compaction rewrites the whole file (12 s at 100,000 posts),
 * which every command line run paid before.
 */
class CloseCompactionTest {
    @TempDir
    Path dir;
    private final PostSynthesizer synth = new PostSynthesizer(31);

    private Library open() throws Exception {
        return Library.open(dir, new JsonSnapshotCodec());
    }

    private Path file() {
        return LibraryFile.database(dir);
    }

    /** The file's identity: a compaction writes a new file and renames it over the library. */
    private Object identity() throws Exception {
        return Files.readAttributes(file(), BasicFileAttributes.class).fileKey();
    }

    private void importPosts(int from, int to) throws Exception {
        try (Library library = open()) {
            library.posts().importPosts(IntStream.range(from, to).mapToObj(synth::post).toList(), false);
        }
    }

    @Test
    void aCloseCompactsAfterAnImportAndLeavesTheFileAloneAfterReadingOrOneSave() throws Exception {
        importPosts(0, 300);
        long compacted = Files.size(file());
        assertThat(FileCompaction.compactedSize(dir)).as("the size after the compaction, remembered").isEqualTo(compacted);
        Object first = identity();

        try (Library library = open()) {
            assertThat(library.posts().count()).isEqualTo(300);
        }
        assertThat(identity()).as("a close after reading leaves the file as it is").isEqualTo(first);

        try (Library library = open()) {
            var stored = library.posts().findByReference(synth.post(5).reference()).orElseThrow();
            library.posts().save(stored.id(), stored.rowVersion(), stored.post().withBody(stored.post().body() + "\nOne more line.\n"));
        }
        assertThat(identity()).as("a close after one save leaves it too").isEqualTo(first);

        importPosts(300, 600);
        assertThat(identity()).as("a close after an import that grew the file compacts it").isNotEqualTo(first);
        assertThat(FileCompaction.compactedSize(dir)).isEqualTo(Files.size(file()));
        assertThat(Files.size(file())).as("about twice the posts, about twice the compacted size").isLessThan(compacted * 3);
    }
}
