package org.reviewdesk.formats.wxr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WpAutoPTest {
    @Test
    void blankLinesMakeParagraphsAndSingleNewlinesBreaks() {
        assertThat(WpAutoP.apply("one\ntwo\n\nthree")).isEqualTo("<p>one<br />\ntwo</p>\n<p>three</p>\n");
    }

    @Test
    void blockTagsAreNotWrappedAndPreIsLeftAlone() {
        assertThat(WpAutoP.apply("intro\n<ul>\n<li>a</li>\n</ul>\n<pre>x\n\ny</pre>"))
                .isEqualTo("<p>intro</p>\n<ul>\n<li>a</li>\n</ul>\n<pre>x\n\ny</pre>\n");
    }

    @Test
    void blockEditorContentIsReturnedAsItIs() {
        String blocks = "<!-- wp:paragraph -->\n<p>a\nb</p>\n<!-- /wp:paragraph -->";
        assertThat(WpAutoP.apply(blocks)).isSameAs(blocks);
    }
}
