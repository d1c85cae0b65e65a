package org.reviewdesk.gui.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.PostComment;
import org.reviewdesk.service.Desk;

/** The Comments panel's model over a real library, without the toolkit: the composer, the summary, save-first writes. */
class CommentsViewModelTest {
    private static final String BODY = "Shard by tenant, not by time.\n\nHot tenants need their own shard.";

    @TempDir
    Path folder;
    private Desk desk;
    private CommentsViewModel model;
    private final List<String> notices = new ArrayList<>();
    private final List<List<PostComment>> placed = new ArrayList<>();
    private long postId;

    @BeforeEach
    void open() throws Exception {
        desk = Desk.open(folder.resolve("library"));
        desk.library().posts().importPosts(List.of(new Post("Sharding", BODY, Meta.builder().reference("shard-1").build())), false);
        postId = desk.posts().byReference("shard-1").id();
        model = new CommentsViewModel(new DeskCommentsAccess(() -> desk), new SameThreadExecutor());
        model.onNoticeProperty().set(notices::add);
        model.onPlacedProperty().set(placed::add);
        model.show(postId);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        desk.close();
    }

    private void comment(String quote, String text) {
        int at = BODY.indexOf(quote);
        model.startNew(at, at + quote.length(), quote);
        model.draftProperty().set(text);
        model.submit();
    }

    @Test
    void aNewCommentIsWrittenOnTheSelectionAndPlacedWithTheOthers() {
        comment("by tenant", "What about tenants that outgrow a shard?");
        comment("Hot tenants", "Define hot.");
        assertThat(model.threads()).extracting(c -> c.anchor().quote()).containsExactly("by tenant", "Hot tenants");
        assertThat(placed.get(placed.size() - 1)).hasSize(2);
        assertThat(model.summaryProperty().get()).isEqualTo("2 open comments");
        assertThat(model.targetProperty().get().mode()).isEqualTo(CommentsViewModel.Mode.NONE);

        model.resolve(model.threads().get(0));
        assertThat(model.summaryProperty().get()).isEqualTo("1 open comment \u00b7 1 resolved");
        model.startReply(model.threads().get(0));
        model.draftProperty().set("Hot: over a tenth of the traffic.");
        model.submit();
        assertThat(model.threads().get(0).replies()).extracting(PostComment::text).containsExactly("Hot: over a tenth of the traffic.");
    }

    @Test
    void anotherPostsCommentsReplaceTheLastPostsAtOnceNotWhenTheyAreRead() throws Exception {
        comment("by tenant", "What about tenants that outgrow a shard?");
        desk.library().posts().importPosts(List.of(new Post("Queues", "Queues body.", Meta.builder().reference("q-1").build())), false);
        long queues = desk.posts().byReference("q-1").id();
        org.reviewdesk.gui.task.ManualExecutor slow = new org.reviewdesk.gui.task.ManualExecutor();
        CommentsViewModel panel = new CommentsViewModel(new DeskCommentsAccess(() -> desk), slow);
        panel.show(postId);
        slow.runNext();
        assertThat(panel.threads()).hasSize(1);

        panel.show(queues);

        assertThat(panel.threads()).as("before the library answers").isEmpty();
        assertThat(panel.summaryProperty().get()).isEqualTo("reading\u2026");
        slow.runNext();
        assertThat(panel.summaryProperty().get()).isEqualTo("No comments");
    }

    @Test
    void aCommentGoesOnTheTextSelectedEvenWhenTextAboveItWasTypedBeforeItWasWritten() throws Exception {
        int at = BODY.indexOf("Hot tenants");
        model.startNew(at, at + "Hot tenants".length(), "Hot tenants");
        var read = desk.edits().open(postId);
        desk.edits().save(postId, read.rowVersion(), read.post().withBody("A new first line.\n\n" + BODY),
                org.reviewdesk.model.FieldDrafts.NONE);
        model.draftProperty().set("Define hot.");
        model.submit();

        assertThat(model.threads()).singleElement().satisfies(c -> {
            assertThat(c.anchor().quote()).isEqualTo("Hot tenants");
            assertThat(c.anchor().start()).isEqualTo(at + "A new first line.\n\n".length());
        });

        model.startNew(0, 5, "Shard");
        var again = desk.edits().open(postId);
        desk.edits().save(postId, again.rowVersion(), again.post().withBody("Nothing of it is left."),
                org.reviewdesk.model.FieldDrafts.NONE);
        model.draftProperty().set("Why by tenant?");
        model.submit();
        assertThat(notices).singleElement().asString().contains("no longer in the post");
        assertThat(model.threads()).hasSize(1);
    }

    @Test
    void nothingIsWrittenWithoutASelectionOrText() {
        model.startNew(4, 4, "");
        assertThat(model.targetProperty().get().mode()).isEqualTo(CommentsViewModel.Mode.NONE);
        model.startNew(0, 5, "Shard");
        model.draftProperty().set("   ");
        model.submit();
        assertThat(notices).containsExactly("Select the text to comment on first.", "Write the comment first.");
        assertThat(model.threads()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("No comments");
    }

    @Test
    void aWriteWaitsForTheOpenPostToBeSaved() {
        List<Runnable> waiting = new ArrayList<>();
        model.beforeWriteProperty().set(waiting::add);
        comment("by tenant", "Why not by time?");
        assertThat(desk.comments().list(postId)).isEmpty();
        waiting.forEach(Runnable::run);
        assertThat(desk.comments().list(postId)).extracting(PostComment::text).containsExactly("Why not by time?");
        assertThat(model.threads()).hasSize(1);
    }
}
