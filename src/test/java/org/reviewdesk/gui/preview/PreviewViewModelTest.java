package org.reviewdesk.gui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.reviewdesk.gui.task.SameThreadExecutor;

class PreviewViewModelTest {
    private final SimpleStringProperty text = new SimpleStringProperty("");
    private final PreviewViewModel preview = new PreviewViewModel(PreviewRenderers.standard(), text, new SameThreadExecutor());

    @Test
    void theRenderingFollowsTheTextWithSourceLines() {
        text.set("# Title\n\nFirst paragraph.\n\nSecond paragraph.");

        RenderedPreview r = preview.renderedProperty().get();
        assertThat(r.bodyHtml()).contains("First paragraph.", "Second paragraph.");
        assertThat(r.blockAtOrBefore(4)).isEqualTo(3);
        assertThat(r.blockAtOrBefore(5)).isEqualTo(5);
    }

    @Test
    void anotherPostReplacesTheLastPostsPreviewAtOnceAndItsLateRenderingIsDropped() {
        org.reviewdesk.gui.task.ManualExecutor slow = new org.reviewdesk.gui.task.ManualExecutor();
        SimpleStringProperty editorText = new SimpleStringProperty("");
        PreviewViewModel model = new PreviewViewModel(PreviewRenderers.standard(), editorText, slow);
        editorText.set("The first post's only paragraph.");
        slow.runNext();
        assertThat(model.renderedProperty().get().bodyHtml()).contains("first post");
        editorText.set("The first post, edited.");

        // The window opens another post while the edit's rendering still runs: the document first, then its text.
        model.postReplaced("The second post.");
        editorText.set("The second post.");

        assertThat(model.renderedProperty().get().bodyHtml()).doesNotContain("first post").contains("Rendering the preview");
        slow.runNext();
        assertThat(model.renderedProperty().get().bodyHtml()).as("the first post's late rendering").doesNotContain("first post");
        slow.runNext();
        assertThat(model.renderedProperty().get().bodyHtml()).contains("The second post.");
        assertThat(slow.waiting()).as("the second post is rendered once").isZero();
    }

    @Test
    void aPostWhoseTextIsTheSameAsTheLastOnesIsStillRendered() {
        text.set("Two posts with one body.");
        preview.postReplaced("Two posts with one body.");

        assertThat(preview.renderedProperty().get().bodyHtml()).contains("Two posts with one body.")
                .doesNotContain("Rendering the preview");
    }

    @Test
    void remoteImagesBecomeAPlaceholderWithCaptionAndHostUntilTurnedOn() {
        text.set("![Queue diagram](https://img.example.com/q.png)");
        assertThat(preview.renderedProperty().get().bodyHtml())
                .doesNotContain("<img").contains("Queue diagram", "img.example.com");
        assertThat(preview.page()).contains("img-src 'none'");

        preview.remoteImagesProperty().set(true);

        assertThat(preview.renderedProperty().get().bodyHtml()).contains("<img", "https://img.example.com/q.png");
        assertThat(preview.page()).doesNotContain("img-src 'none'");
    }

    @Test
    void scriptsAndHandlersFromAPostNeverReachThePage() {
        text.set("<script>alert(1)</script>\n\n<a href=\"javascript:alert(2)\" onclick=\"x()\">click</a>\n\n<img src=x onerror=alert(3)>");

        String html = preview.renderedProperty().get().bodyHtml();
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("onerror");
        assertThat(preview.page()).contains("script-src 'none'");
    }
}
