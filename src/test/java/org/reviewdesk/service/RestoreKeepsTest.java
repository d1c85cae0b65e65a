package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.library.RevisionInfo;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.synth.SynthProfile;
import org.reviewdesk.testing.TempLibrary;

/** A restore or a take-back never loses an edit that no revision holds yet ("nothing is overwritten"). */
class RestoreKeepsTest {
    @RegisterExtension
    final TempLibrary library = new TempLibrary();
    private Desk desk;
    private String reference;
    private String first;

    @BeforeEach
    void onePostBumpedOnce() {
        desk = library.desk();
        Post post = new PostSynthesizer(11, SynthProfile.CONSISTENT).post(0);
        desk.library().posts().importPosts(List.of(post), false);
        reference = post.reference();
        first = desk.posts().byReference(reference).post().meta().revisionOrEmpty().version().toString();
        desk.revisions().bump(reference, SemVer.Bump.MINOR, "a first pass");
    }

    @Test
    void aRestoreKeepsWhatASetChangedFirst() {
        desk.edits().set(reference, Map.of("topic", "a topic set from a script"));

        desk.revisions().restore(reference, first);

        assertThat(desk.posts().byReference(reference).post().meta().topic()).isNotEqualTo("a topic set from a script");
        RevisionInfo kept = desk.revisions().history(reference).stream()
                .filter(r -> r.kind().equals(RevisionService.KEPT)).findFirst().orElseThrow();
        assertThat(kept.note()).isEqualTo("as it was before restoring " + first);
        assertThat(desk.library().revisions().snapshot(kept.id()).orElseThrow().meta().topic())
                .isEqualTo("a topic set from a script");
    }

    @Test
    void aStateARevisionHoldsAlreadyIsNotKeptTwice() {
        int before = desk.revisions().history(reference).size();

        desk.revisions().restore(reference, first);
        desk.revisions().restore(reference, first);

        assertThat(desk.revisions().history(reference)).hasSize(before + 2)
                .noneMatch(r -> r.kind().equals(RevisionService.KEPT));
    }

    @Test
    void aTakeBackKeepsWhatASetChangedFirst() {
        long bumped = desk.revisions().history(reference).get(0).id();
        desk.edits().set(reference, Map.of("topic", "topic one"));
        desk.revisions().takeBackField(reference, bumped, "topic", desk.posts().byReference(reference).rowVersion());
        desk.edits().set(reference, Map.of("summary", "a summary set after the take-back"));

        desk.revisions().takeBackField(reference, bumped, "summary", desk.posts().byReference(reference).rowVersion());

        List<RevisionInfo> kept = desk.revisions().history(reference).stream()
                .filter(r -> r.kind().equals(RevisionService.KEPT)).toList();
        assertThat(kept).hasSize(2);
        assertThat(desk.library().revisions().snapshot(kept.get(0).id()).orElseThrow().meta().summary())
                .isEqualTo("a summary set after the take-back");
        assertThat(desk.library().revisions().snapshot(kept.get(1).id()).orElseThrow().meta().topic()).isEqualTo("topic one");
    }
}
