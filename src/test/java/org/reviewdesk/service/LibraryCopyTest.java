package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.library.LibraryAddress;
import org.reviewdesk.model.library.LibrarySettings;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.synth.SynthProfile;
import org.reviewdesk.testing.TestLibraries;

/** `library copy`: a library copied into the other kind and back reads the same, comments and revisions included. */
class LibraryCopyTest {
    @TempDir
    Path tmp;

    @Test
    void aLibraryCopiedToTheOtherKindAndBackReadsTheSameAndTakesNewPostsAfterwards() throws Exception {
        PostSynthesizer synth = new PostSynthesizer(3, SynthProfile.CONSISTENT);
        LibraryAddress source = TestLibraries.address(tmp.resolve("source"));
        try (Desk desk = Desk.open(source)) {
            desk.library().posts().importPosts(IntStream.range(0, 30).mapToObj(synth::post).toList(), false);
            String ref = synth.post(4).reference();
            desk.comments().addOnRange(desk.posts().byReference(ref).id(), 0, 20, "Look again.");
            desk.revisions().bump(ref, org.reviewdesk.model.SemVer.Bump.MINOR, "for the copy");
            // A library-wide name as versions before per-account names wrote it.
            desk.library().settings().put(LibrarySettings.USER_NAME, "Whoever Set It Last");
        }
        boolean sourceIsShared = source instanceof LibraryAddress.Server;
        LibraryAddress folder = new LibraryAddress.Folder(tmp.resolve("folder").toString());
        List<String> progress = new ArrayList<>();
        var there = LibraryAdmin.copy(source, folder, progress::add);
        assertThat(there.verified()).isTrue();
        assertThat(there.to()).containsEntry("post", 30L).containsEntry("post_comment", 1L);
        assertThat(progress).contains("post: 30");
        try (Desk copy = Desk.open(folder)) {
            // A team library's old shared name named nobody there; in a folder it would name the folder's owner.
            String name = copy.settings().userName();
            if (sourceIsShared) assertThat(name).isNotEqualTo("Whoever Set It Last");
            else assertThat(name).isEqualTo("Whoever Set It Last");
        }

        LibraryAddress back = TestLibraries.address(tmp.resolve("back"));
        assertThat(LibraryAdmin.copy(folder, back, line -> { }).verified()).isTrue();
        try (Desk copy = Desk.open(back)) {
            String ref = synth.post(4).reference();
            assertThat(copy.comments().list(ref)).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("Look again."));
            assertThat(copy.revisions().history(ref)).isNotEmpty();
            copy.library().posts().importPosts(List.of(synth.post(40)), false);
            assertThat(copy.posts().byReference(synth.post(40).reference()).id()).isGreaterThan(30);
        }
        assertThatThrownBy(() -> LibraryAdmin.copy(source, back, line -> { })).hasMessageContaining("already holds posts");
    }
}
