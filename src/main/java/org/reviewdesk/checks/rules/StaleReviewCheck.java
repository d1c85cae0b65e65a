package org.reviewdesk.checks.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.meta.MetaFields;

/**
 * The last review is older than the configured age, or missing on a post marked reviewed or published, or dated in
 * the future (a typo that would keep the post off every staleness list). "Today" comes from the settings.
 * No quick fix: only a person who has re-read the post may date a review.
 */
public final class StaleReviewCheck implements Check {
    public static final String ID = "stale-review";
    private static final String FIELD = MetaFields.REVISION_LAST_REVIEWED.path();

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
        Revision revision = ctx.post().meta().revisionOrEmpty();
        LocalDate last = revision.lastReviewed();
        LocalDate today = ctx.settings().today();
        int maxAge = ctx.settings().staleAfterDays();
        if (last == null) {
            ReviewStatus status = revision.status();
            if (ReviewStatus.REVIEWED.equals(status) || ReviewStatus.PUBLISHED.equals(status)) {
                return List.of(Finding.onMeta(ID, defaultSeverity(),
                        "The post is marked " + status + " but has no last review date: review it and record the date.",
                        FIELD));
            }
            return List.of();
        }
        if (last.isAfter(today)) {
            return List.of(Finding.onMeta(ID, Severity.INFO,
                    "The last review is dated " + last + ", after today (" + today + "): correct the date.", FIELD));
        }
        long age = ChronoUnit.DAYS.between(last, today);
        if (age <= maxAge) return List.of();
        return List.of(Finding.onMeta(ID, defaultSeverity(),
                "Last reviewed on " + last + ", " + age + " days ago (more than " + maxAge
                        + "): review the post again and update the date.", FIELD));
    }
}
