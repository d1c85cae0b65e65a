package org.reviewdesk.checks.rules;

import java.util.List;
import org.reviewdesk.checks.Check;

/** Every editorial check, in the order the settings page lists them. */
public final class StandardChecks {
    private StandardChecks() {
    }

    /** An engine that runs every standard check. */
    public static org.reviewdesk.checks.CheckEngine engine() {
        return new org.reviewdesk.checks.CheckEngine(all());
    }

    public static List<Check> all() {
        List<Check> all = new java.util.ArrayList<>(List.of(
                new RepeatedSentenceCheck(),
                new BoilerplateSentenceCheck(),
                new MetaParagraphsMismatchCheck(),
                new ReadingTimeMismatchCheck(),
                new ChecklistMismatchCheck(),
                new ImageWithoutSourceCheck(),
                new SourceWithoutImageCheck(),
                new ImageFlagsMismatchCheck(),
                new PlaceholderImageHostCheck(),
                new CodeLanguageMismatchCheck(),
                new OutlineHeadingMismatchCheck(),
                new EntityNotMentionedCheck(),
                new PseudoBoldUnicodeCheck(),
                new HashtagStuffingCheck(),
                new ScrapeDebrisCheck(),
                new StaleReviewCheck(),
                new HiddenContentCheck(),
                new EmbeddedContentCheck(),
                new SpellingCheck(),
                new ReadabilityCheck()));
        all.addAll(org.reviewdesk.checks.rules.tells.Tells.all());
        return List.copyOf(all);
    }
}
