package org.reviewdesk.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/** Test fixtures: posts written for one check at a time, and the way the tests run a check. */
public final class Posts {
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    public static final CheckSettings SETTINGS = CheckSettings.defaults(TODAY);

    private Posts() {
    }

    public static Post post(String body) {
        return new Post("A title", body, Meta.EMPTY);
    }

    public static Post post(String body, UnaryOperator<Meta.Builder> meta) {
        return new Post("A title", body, meta.apply(Meta.builder()).build());
    }

    public static List<Finding> run(Check check, Post post) {
        return run(check, post, LibraryStats.EMPTY, SETTINGS);
    }

    public static List<Finding> run(Check check, Post post, LibraryStats library, CheckSettings settings) {
        List<Finding> findings = check.run(CheckContext.of(post, library, settings));
        for (Finding f : findings) {
            if (!f.checkId().equals(check.id())) throw new AssertionError("finding with a foreign id: " + f);
        }
        return findings;
    }

    /** Applies the quick fix of the first finding. */
    public static Post fixFirst(Check check, Post post) {
        Finding first = run(check, post).get(0);
        return first.quickFix().orElseThrow(() -> new AssertionError("no quick fix on " + first)).apply(post);
    }

    /** Lines joined with '\n', so that fixtures read like the Markdown they are. */
    public static String md(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
