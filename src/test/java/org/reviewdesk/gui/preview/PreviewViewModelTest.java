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
