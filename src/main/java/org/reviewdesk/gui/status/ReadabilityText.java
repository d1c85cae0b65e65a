package org.reviewdesk.gui.status;

import java.util.Locale;
import org.reviewdesk.model.Readability;

/** How the window words the readability of the prose, the same in the status bar and the meta panel. */
public final class ReadabilityText {
    private ReadabilityText() {
    }

    /** "reading ease 54 · 17.2 words a sentence", or "no prose to measure". */
    public static String of(Readability r) {
        if (r == null || !r.measured()) return "no prose to measure";
        return String.format(Locale.ROOT, "reading ease %.0f \u00b7 %.1f words a sentence", r.readingEase(), r.wordsPerSentence());
    }
}
