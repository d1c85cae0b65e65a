package org.reviewdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.service.JsonSnapshotCodec;
import org.reviewdesk.synth.PostSynthesizer;

/**
 * The reproduction of the hang after a crash: a process killed between marking a commit and finishing it left the
 * library's one change row locked by a transaction no one would end, and every later write spun forever.
 */
class LeftoverCommitTest {
    @TempDir
    Path dir;

    @Test
    void aCommitThatAKilledProcessHadBegunIsFinishedAtTheNextOpenAndWritesGoOn() throws Exception {
        var post = new PostSynthesizer(8).post(1);
        long stampBefore;
        try (Library library = Library.open(dir, new JsonSnapshotCodec())) {
            library.posts().importPost(post, false);
            stampBefore = library.changeStamp();
        }
        Files.deleteIfExists(dir.resolve("library.lock.db"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LeftoverCommitChild.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor()).as(out).isZero();

        try (Library library = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Library.open(dir, new JsonSnapshotCodec()))) {
            // The transaction was committed: its change is there, not rolled back.
            assertThat(library.changeStamp()).isEqualTo(stampBefore + 1000);
            long id = library.posts().findByReference(post.reference()).orElseThrow().id();
            var bumped = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> library.revisions().bump(id, SemVer.Bump.PATCH, "after the crash", java.time.LocalDate.now()));
            assertThat(bumped.post().meta().revision().version()).isEqualTo(post.meta().revision().version().bumpPatch());
            assertThat(library.changeStamp()).isEqualTo(stampBefore + 1001);
        }
        assertThat(List.of(dir.toFile().list())).contains("library.mv.db");
    }
}
