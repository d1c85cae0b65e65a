package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.library.PostComment;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.testing.TempLibrary;

/** Comments on a real library per test: anchors through edits on every path that writes a body, threads, the queue. */
class CommentServiceTest {
    private static final String BODY = "The cache warms at start.\n\nEvery request reads the cache first, then the disk.\n\n"
            + "A cold cache costs one slow request per key.";

    @RegisterExtension
    final TempLibrary library = new TempLibrary();
    private Desk desk;
    private CommentService comments;

    @BeforeEach
    void open() {
        desk = library.with(List.of(post("cmt-1", BODY)));
        comments = desk.comments();
    }

    private static Post post(String reference, String body) {
        return new Post("Warm caches", body, Meta.builder().reference(reference).build());
    }

    private StoredPost stored() {
        return desk.library().posts().findByReference("cmt-1").orElseThrow();
    }

    private void save(String body) throws Exception {
        StoredPost p = stored();
        desk.library().posts().save(p.id(), p.rowVersion(), p.post().withBody(body));
    }

    private String spanNow(PostComment c) {
        PostComment now = comments.find(c.id());
        return stored().post().body().substring(now.anchor().start(), now.anchor().end());
    }

    @Test
    void aCommentOnTheSecondOccurrenceIsOnThatPlaceWithItsAuthorAndOpen() {
        PostComment c = comments.addOnQuote("cmt-1", "cache", 2, "Which cache?");
        assertThat(c.anchor().start()).isEqualTo(BODY.indexOf("cache", BODY.indexOf("cache") + 1));
        assertThat(c.anchor().quote()).isEqualTo("cache");
        assertThat(c.author()).isEqualTo(comments.author()).isNotBlank();
        assertThat(c.state()).isEqualTo("open");
        assertThat(comments.list("cmt-1")).extracting(PostComment::text).containsExactly("Which cache?");
    }

    @Test
    void aQuoteNotThereAndAnOccurrenceOutOfRangeAreRefusedSayingWhy() {
        assertThatThrownBy(() -> comments.addOnQuote("cmt-1", "database", 1, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not contain \"database\"");
        assertThatThrownBy(() -> comments.addOnQuote("cmt-1", "cache", 9, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 times").hasMessageContaining("occurrence 9");
        assertThatThrownBy(() -> comments.resolve(4242)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no comment 4242");
        assertThat(comments.list("cmt-1")).isEmpty();
    }

    @Test
    void theAnchorFollowsInsertionsBeforeInsideAndAfterIt() throws Exception {
        PostComment c = comments.addOnQuote("cmt-1", "reads the cache first", 1, "And on a miss?");
        save(BODY.replace("Every request", "Nearly every request"));
        assertThat(spanNow(c)).isEqualTo("reads the cache first");
        save(stored().post().body().replace("the cache first", "the local cache first"));
        assertThat(spanNow(c)).isEqualTo("reads the local cache first");
        save(stored().post().body().replace("then the disk", "then the disk or the network"));
        assertThat(spanNow(c)).isEqualTo("reads the local cache first");
        save("A new first line.\n\n" + stored().post().body() + "\n\nA new last line.");
        assertThat(spanNow(c)).isEqualTo("reads the local cache first");
        assertThat(comments.find(c.id()).anchor().quote()).isEqualTo("reads the local cache first");
    }

    @Test
    void textInsertedRightAtEitherEdgeStaysOutsideTheAnchor() throws Exception {
        PostComment c = comments.addOnQuote("cmt-1", "cache", 1, "Name it.");
        save(BODY.replaceFirst("The cache", "The big cache of pages"));
        assertThat(spanNow(c)).isEqualTo("cache");
    }

    @Test
    void deletingTheAnchoredTextKeepsTheCommentMarkedTextRemovedWithItsQuote() throws Exception {
        PostComment c = comments.addOnQuote("cmt-1", "A cold cache costs one slow request per key.", 1, "Measure it.");
        save(BODY.substring(0, BODY.indexOf("\n\nA cold")));
        PostComment now = comments.find(c.id());
        assertThat(now.anchor().textRemoved()).isTrue();
        assertThat(now.anchor().quote()).isEqualTo("A cold cache costs one slow request per key.");
        assertThat(now.state()).isEqualTo("open");
        assertThat(comments.list("cmt-1")).hasSize(1);
    }

    @Test
    void aPartlyDeletedAnchorKeepsWhatIsLeft() throws Exception {
        PostComment c = comments.addOnQuote("cmt-1", "one slow request", 1, "How slow?");
        save(BODY.replace("one slow request", "one request"));
        assertThat(comments.find(c.id()).anchor().textRemoved()).isFalse();
        assertThat(spanNow(c)).isEqualTo("one request");
    }

    @Test
    void repliesJoinTheThreadAndResolvingCountsInTheQueue() {
        PostComment a = comments.addOnQuote("cmt-1", "warms", 1, "When exactly?");
        PostComment b = comments.addOnQuote("cmt-1", "disk", 1, "SSD or network disk?");
        PostComment c = comments.addOnQuote("cmt-1", "per key", 1, "Per key or per page?");
        PostComment reply = comments.reply(a.id(), "At process start.");
        comments.reply(reply.id(), "Thanks.");
        comments.resolve(b.id());

        List<PostComment> threads = comments.list("cmt-1");
        assertThat(threads).extracting(PostComment::id).containsExactly(a.id(), c.id(), b.id());
        assertThat(threads.get(0).replies()).extracting(PostComment::text).containsExactly("At process start.", "Thanks.");
        assertThatThrownBy(() -> comments.resolve(reply.id())).hasMessageContaining("is a reply");

        var page = desk.queue().page(QueueFilter.ALL.withMinOpenComments(1), QueueSort.PRIORITY, 0, 10);
        assertThat(page.rows()).singleElement().extracting(r -> r.openComments()).isEqualTo(2);
        assertThat(desk.queue().page(QueueFilter.ALL.withMinOpenComments(3), QueueSort.PRIORITY, 0, 10).rows()).isEmpty();
        comments.reopen(b.id());
        assertThat(desk.queue().page(QueueFilter.ALL.withMinOpenComments(3), QueueSort.PRIORITY, 0, 10).rows()).hasSize(1);
    }

    @Test
    void editingTheTextKeepsWhenAndDeletingAThreadTakesItsReplies() {
        PostComment a = comments.addOnQuote("cmt-1", "warms", 1, "When?");
        comments.reply(a.id(), "At start.");
        PostComment edited = comments.edit(a.id(), "When exactly?");
        assertThat(edited.text()).isEqualTo("When exactly?");
        assertThat(edited.editedAt()).isNotNull();
        comments.delete(a.id());
        assertThat(comments.list("cmt-1")).isEmpty();
        assertThat(desk.queue().page(QueueFilter.ALL, QueueSort.PRIORITY, 0, 10).rows().get(0).openComments()).isZero();
    }

    @Test
    void setReimportAndTakeBackCarryTheAnchorsToo() throws Exception {
        PostComment c = comments.addOnQuote("cmt-1", "one slow request", 1, "How slow?");
        desk.library().posts().importPosts(List.of(post("cmt-1", "Intro line.\n\n" + BODY)), false);
        assertThat(spanNow(c)).isEqualTo("one slow request");
        desk.edits().set("cmt-1", Map.of("topic", "caching"));
        assertThat(spanNow(c)).isEqualTo("one slow request");
    }

    @Test
    void takingAChangeBackFromTheHistoryCarriesTheAnchors() throws Exception {
        desk.revisions().bump("cmt-1", SemVer.Bump.PATCH, "before the intro");
        String version = stored().post().meta().revisionOrEmpty().version().toString();
        save("An intro added later.\n\n" + BODY);
        PostComment c = comments.addOnQuote("cmt-1", "one slow request", 1, "How slow?");
        long revision = desk.revisions().revisionId("cmt-1", version);
        desk.revisions().takeBack("cmt-1", revision, 0, stored().rowVersion());
        assertThat(stored().post().body()).isEqualTo(BODY);
        assertThat(spanNow(c)).isEqualTo("one slow request");
    }

    @Test
    void aRevisionRecordsTheCommentsAsTheyWereThen() {
        PostComment a = comments.addOnQuote("cmt-1", "warms", 1, "When?");
        desk.revisions().bump("cmt-1", SemVer.Bump.MINOR, "first pass");
        String version = stored().post().meta().revisionOrEmpty().version().toString();
        comments.resolve(a.id());
        comments.addOnQuote("cmt-1", "disk", 1, "Which disk?");

        List<PostComment> then = comments.atVersion("cmt-1", version);
        assertThat(then).extracting(PostComment::text, PostComment::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("When?", "open"));
        assertThat(comments.list("cmt-1")).hasSize(2);
    }
}
