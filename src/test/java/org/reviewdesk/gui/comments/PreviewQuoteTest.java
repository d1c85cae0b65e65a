package org.reviewdesk.gui.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text selected in the preview is found in the Markdown it was rendered from. */
class PreviewQuoteTest {
    private static final String BODY = "# Rolling back\n\nKeep the **last good** build, and see the [runbook](https://x.org/rb).\n\n"
            + "- Roll back in `one` step\n- Tell the team\n\n> Quoted *advice* here\n\nKeep the last good build.";

    private static String source(String selected) {
        PreviewQuote.Found f = PreviewQuote.locate(BODY, selected).orElseThrow();
        return BODY.substring(f.start(), f.end());
    }

    @Test
    void emphasisCodeAndLinksAreMarkupNotText() {
        assertThat(source("the last good build, and see the runbook")).isEqualTo("the **last good** build, and see the [runbook");
        assertThat(source("Roll back in one step")).isEqualTo("Roll back in `one` step");
        assertThat(source("Quoted advice here")).isEqualTo("Quoted *advice* here");
        assertThat(source("Rolling back")).isEqualTo("Rolling back");
    }

    @Test
    void aSelectionAcrossLinesMatchesWhateverTheLineBreaks() {
        assertThat(source("Roll back in one step\nTell the team")).isEqualTo("Roll back in `one` step\n- Tell the team");
    }

    @Test
    void theFirstOfSeveralPlacesIsTakenAndTheirNumberSaid() {
        PreviewQuote.Found f = PreviewQuote.locate(BODY, "Keep the last good build").orElseThrow();
        assertThat(f.places()).isEqualTo(2);
        assertThat(f.start()).isEqualTo(BODY.indexOf("Keep the **last"));
    }

    @Test
    void textTheSourceDoesNotShowIsNotFound() {
        assertThat(PreviewQuote.locate(BODY, "https://x.org/rb")).isEmpty();
        assertThat(PreviewQuote.locate(BODY, "  ")).isEmpty();
        assertThat(PreviewQuote.locate(BODY, "Keep the best build")).isEmpty();
    }
}
