package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.synth.PostSynthesizer;

/** The window's search: its index built in the background, kept in step by each search, and a scan without it. */
class LibrarySearchTest {
    @TempDir
    Path dir;
    private final PostSynthesizer synth = new PostSynthesizer(21);

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) throw new AssertionError("timed out");
            Thread.sleep(20);
        }
    }

    @Test
    void aWordJustSavedIsFoundAtOnceAndASecondWindowSearchesWithoutTheIndex() throws Exception {
        try (Desk desk = org.reviewdesk.testing.TestLibraries.open(dir)) {
            desk.library().posts().importPosts(IntStream.range(0, 200).mapToObj(synth::post).toList(), false);
            assertThat(desk.search().state()).isEqualTo(LibrarySearch.State.NOT_STARTED);
            desk.search().start();
            waitFor(() -> desk.search().state() == LibrarySearch.State.READY);
            assertThat(Files.isDirectory(desk.library().folder().resolve(LibrarySearch.FOLDER))).isTrue();

            StoredPost first = desk.library().posts().search("", 0, 1).stream().findFirst()
                    .flatMap(s -> desk.library().posts().find(s.id())).orElseThrow();
            assertThat(desk.search().count("quokka")).isZero();
            desk.library().posts().save(first.id(), first.rowVersion(), new Post(first.post().title(),
                    first.post().body() + "\n\nA quokka reviewed this post.", first.post().meta()));
            assertThat(desk.search().search("quokka", 0, 10)).extracting(PostSummary::id).containsExactly(first.id());

            try (Desk second = org.reviewdesk.testing.TestLibraries.open(dir)) {
                second.search().start();
                waitFor(() -> second.search().state() == LibrarySearch.State.UNAVAILABLE);
                assertThat(second.search().search("quokka", 0, 10)).extracting(PostSummary::id).containsExactly(first.id());
            }
        }
        try (Desk reopened = org.reviewdesk.testing.TestLibraries.open(dir)) {
            reopened.search().start();
            waitFor(() -> reopened.search().state() == LibrarySearch.State.READY);
            assertThat(reopened.search().count("quokka")).isEqualTo(1);
        }
    }
}
