package org.reviewdesk.gui.queue;

import java.util.List;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.service.ReviewService;

/** Posts that "mark reviewed" refused, with their reasons, and the bump that was asked for. */
public record RefusedReview(List<ReviewService.Refusal> refusals, SemVer.Bump bump) {
    public RefusedReview {
        refusals = List.copyOf(refusals);
    }

    /** Each post and its reasons, one reason a line, as the refusal dialog lists them. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (ReviewService.Refusal r : refusals) {
            sb.append(r.reference()).append('\n');
            for (String reason : r.reasons()) sb.append("  \u2022 ").append(reason).append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
