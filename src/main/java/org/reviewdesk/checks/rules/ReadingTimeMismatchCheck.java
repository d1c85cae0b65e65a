package org.reviewdesk.checks.rules;

import java.util.List;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.meta.MetaFields;

/**
 * {@code reading_time} far from the body's words / 200. "Far" means off by more than 2 minutes and by more than half
 * of the computed time: a 4-minute post declared 6 passes, a 3-minute post declared 9 does not. Small differences are
 * taste (some count code slower); large ones mean the figure belongs to another draft.
 */
public final class ReadingTimeMismatchCheck implements Check {
    public static final String ID = "reading-time-mismatch";
    static final int TOLERANCE_MINUTES = 2;
    static final double TOLERANCE_SHARE = 0.5;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        Integer declared = ctx.post().meta().readingTime();
        BodyStructure body = ctx.body();
        int computed = body.readingMinutes();
        if (declared == null || !isFar(declared, computed)) return List.of();
        return List.of(Finding.onMeta(ID, defaultSeverity(),
                        "reading_time says " + declared + " min but the body's " + body.words() + " words read in about "
                                + computed + " min at " + BodyStructure.WORDS_PER_MINUTE + " words a minute: set it to "
                                + computed + ".",
                        MetaFields.READING_TIME.path())
                .withQuickFix(new QuickFix("Use the computed reading time (" + computed + " min)",
                        post -> post.withMeta(post.meta().toBuilder()
                                .readingTime(BodyStructure.of(post.body()).readingMinutes()).build()))));
    }

    static boolean isFar(int declared, int computed) {
        int difference = Math.abs(declared - computed);
        return difference > TOLERANCE_MINUTES && difference > TOLERANCE_SHARE * computed;
    }
}
