package org.reviewdesk.gui.queue;

import java.util.List;
import java.util.stream.Collectors;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.service.ReviewService;

/** What the queue says after a triage: what was done, and the posts left as they were because they changed since shown. */
final class ChangedSinceShown {
    private ChangedSinceShown() {
    }

    /** " 2 posts changed since the queue showed them; they were left as they are: “A”, “B”." or "" for none. */
    static String note(List<String> titles) {
        if (titles.isEmpty()) return "";
        String which = titles.stream().map(t -> "\u201c" + t + "\u201d").collect(Collectors.joining(", "));
        return " " + (titles.size() == 1 ? "1 post changed since the queue showed it; it was left as it is: "
                : titles.size() + " posts changed since the queue showed them; they were left as they are: ") + which + ".";
    }

    /** "3 posts marked reviewed (patch bump). Undo with Ctrl+Z.", with the refused posts named when there are any. */
    static String reviewed(ReviewService.Outcome outcome, SemVer.Bump bumpOrNull, boolean anyway) {
        int marked = outcome.marked().size();
        String done = marked + (marked == 1 ? " post" : " posts") + " marked reviewed"
                + (bumpOrNull == null ? "" : " (" + bumpOrNull.name().toLowerCase(java.util.Locale.ROOT) + " bump)")
                + (anyway ? " anyway" : "");
        if (outcome.refused().isEmpty()) return done + (marked > 0 ? ". Undo with Ctrl+Z." : ".");
        return done + "; " + outcome.refused().size() + " refused: " + String.join(", ",
                outcome.refused().stream().map(ReviewService.Refusal::reference).toList()) + ".";
    }
}
