package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.RevisionInfo;

/**
 * Two editors, each with a desk of their own on one library folder (as two processes share it), edit the same post
 * in turn: the second save is refused, never written over the first, and each way of settling it keeps both texts.
 */
class TwoEditorsConflictTest {
    private static final String BODY = String.join("\n", "Intro line.", "", "Second paragraph.", "", "Third paragraph.",
            "", "Closing line.");

    @TempDir
    Path dir;
    private Desk ada;
    private Desk ben;
    private EditedPost adaRead;
    private EditedPost benRead;

    @BeforeEach
    void bothOpenTheSamePost() throws Exception {
        ada = Desk.open(dir);
        ben = Desk.open(dir);
        Post post = ada.posts().create(new Post("Caching", BODY, org.reviewdesk.model.Meta.builder()
                .reference("conflict-1").topic("caching").build())).post();
        long id = ada.posts().byReference(post.reference()).id();
        adaRead = ada.edits().open(id);
        benRead = ben.edits().open(id);
    }

    @AfterEach
    void close() {
        ben.close();
        ada.close();
    }

    /** Ada saves first (line 1 and the topic); Ben's save from the same revision comes second. */
    private StalePostException benSavesSecond(String benBody, Post benMetaFrom) throws Exception {
        Post adas = adaRead.post().withBody(BODY.replace("Intro line.", "Intro line, by Ada."))
                .withMeta(adaRead.post().meta().toBuilder().topic("caching in practice").build());
        ada.edits().save(adaRead.id(), adaRead.rowVersion(), adas, FieldDrafts.NONE);
        Post bens = benMetaFrom.withBody(benBody);
        return org.junit.jupiter.api.Assertions.assertThrows(StalePostException.class,
                () -> ben.edits().save(benRead.id(), benRead.rowVersion(), bens, FieldDrafts.NONE));
    }

    private Post bens(String body) {
        return benRead.post().withBody(body);
    }

    @Test
    void keepingMineAfterTheirBumpKeepsTheirVersionNumber() throws Exception {
        org.reviewdesk.model.SemVer bumped = ada.revisions().bump("conflict-1", org.reviewdesk.model.SemVer.Bump.MINOR, "Ada's pass")
                .post().meta().revisionOrEmpty().version();
        Post mine = benRead.post().withBody(BODY.replace("Closing line.", "Closing line, by Ben."));
        StalePostException refused = org.junit.jupiter.api.Assertions.assertThrows(StalePostException.class,
                () -> ben.edits().save(benRead.id(), benRead.rowVersion(), mine, FieldDrafts.NONE));

        ben.conflicts().keepMine(refused.current(), mine, FieldDrafts.NONE);

        Post now = ben.posts().byReference("conflict-1").post();
        assertThat(now.body()).contains("by Ben");
        assertThat(now.meta().revisionOrEmpty().version()).as("not back below the version Ada bumped to").isEqualTo(bumped);
    }

    @Test
    void theSecondSaveIsRefusedAndTheFirstStays() throws Exception {
        StalePostException refused = benSavesSecond(BODY.replace("Closing line.", "Closing line, by Ben."), benRead.post());

        assertThat(refused.current().post().body()).contains("by Ada").doesNotContain("by Ben");
        assertThat(ben.posts().byReference("conflict-1").post().body()).contains("by Ada").doesNotContain("by Ben");
    }

    @Test
    void aMergeOfChangesThatDoNotOverlapHasBoth() throws Exception {
        Post bensMeta = benRead.post().withMeta(benRead.post().meta().toBuilder()
                .difficulty(org.reviewdesk.model.Difficulty.ADVANCED).build());
        Post mine = bensMeta.withBody(BODY.replace("Closing line.", "Closing line, by Ben."));
        StalePostException refused = benSavesSecond(mine.body(), bensMeta);

        ConflictService.Comparison c = ConflictService.compare(benRead.post(), mine, refused.current().post());
        assertThat(c.merge().clean()).isTrue();
        ben.conflicts().merge(refused.current(), c.merge().merged(), FieldDrafts.NONE);

        Post stored = ada.posts().byReference("conflict-1").post();
        assertThat(stored.body()).contains("Intro line, by Ada.").contains("Closing line, by Ben.");
        assertThat(stored.meta().topic()).isEqualTo("caching in practice");
        assertThat(stored.meta().difficulty()).isEqualTo(org.reviewdesk.model.Difficulty.ADVANCED);
    }

    @Test
    void changesOfTheSameLineOverlapAndAreNamed() throws Exception {
        Post mine = bens(BODY.replace("Intro line.", "Intro line, by Ben."));
        StalePostException refused = benSavesSecond(mine.body(), benRead.post());

        PostMerge.Result merge = ConflictService.compare(benRead.post(), mine, refused.current().post()).merge();
        assertThat(merge.clean()).isFalse();
        assertThat(merge.overlaps()).containsExactly("the body, line 1 (\u201cIntro line.\u201d)");
    }

    @Test
    void keepMineKeepsTheirsInTheHistory() throws Exception {
        Post mine = bens(BODY.replace("Intro line.", "Intro line, by Ben."));
        StalePostException refused = benSavesSecond(mine.body(), benRead.post());

        EditedPost saved = ben.conflicts().keepMine(refused.current(), mine, FieldDrafts.NONE);

        assertThat(ada.posts().byReference("conflict-1").post().body()).contains("by Ben").doesNotContain("by Ada");
        assertThat(saved.rowVersion()).isGreaterThan(refused.current().rowVersion());
        assertThat(keptBodies(ada)).anyMatch(b -> b.contains("Intro line, by Ada."));
    }

    @Test
    void takeTheirsKeepsMineInTheHistory() throws Exception {
        Post mine = bens(BODY.replace("Intro line.", "Intro line, by Ben."));
        StalePostException refused = benSavesSecond(mine.body(), benRead.post());

        EditedPost now = ben.conflicts().takeTheirs(refused.current().id(), mine);

        assertThat(now.post().body()).contains("by Ada").doesNotContain("by Ben");
        assertThat(keptBodies(ada)).anyMatch(b -> b.contains("Intro line, by Ben."));
    }

    @Test
    void keepMineOverAThirdSaveIsRefusedAgain() throws Exception {
        Post mine = bens(BODY.replace("Intro line.", "Intro line, by Ben."));
        StalePostException refused = benSavesSecond(mine.body(), benRead.post());
        EditedPost adaNow = ada.edits().open(adaRead.id());
        ada.edits().save(adaNow.id(), adaNow.rowVersion(), adaNow.post().withTitle("Caching, again"), FieldDrafts.NONE);

        assertThatThrownBy(() -> ben.conflicts().keepMine(refused.current(), mine, FieldDrafts.NONE))
                .isInstanceOf(StalePostException.class);
        assertThat(ada.posts().byReference("conflict-1").post().title()).isEqualTo("Caching, again");
    }

    private static List<String> keptBodies(Desk desk) {
        List<RevisionInfo> history = desk.revisions().history("conflict-1");
        return history.stream().filter(r -> r.kind().equals(ConflictService.KIND))
                .map(r -> desk.library().revisions().snapshot(r.id()).orElseThrow().body()).toList();
    }
}
