package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reviewdesk.service.Desk;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueuePage;
import org.reviewdesk.model.library.QueueSort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "queue", mixinStandardHelpOptions = true,
        description = {"The review queue in priority order: needs human review first, then lowest freshness, then most views.",
                "With --needs-review and --max-freshness together a post qualifies by either."})
final class QueueCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Mixin
    QueueFilterOptions filters;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    /** Who "--assignee me" is: the library's user.name setting, else the system's user name. */
    private String me;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        QueuePage page;
        Map<String, Integer> findingCounts;
        try (Desk desk = library.open()) {
            me = desk.settings().userName();
            QueueFilter filter = filters.filter(spec, me, desk.reviews().knownChecks());
            page = desk.queue().page(filter, QueueSort.PRIORITY, 0, limit);
            findingCounts = json ? Map.of() : desk.queue().findingCounts(filter);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(page.rows().stream().map(QueueCommand::toJson).toList()));
            return 0;
        }
        Table table = new Table("REFERENCE", "TITLE", "REVIEW", "FRESHNESS", "VIEWS", "STATUS", "VERSION", "LAST REVIEWED",
                "READING EASE", "COMMENTS");
        for (PostSummary r : page.rows()) {
            table.row(r.reference(), r.title(), r.needsHumanReview() ? "needed" : "", r.freshness(), r.viewCount(),
                    r.status(), r.version(), r.lastReviewed(), r.readingEase(), r.openComments() == 0 ? "" : r.openComments());
        }
        table.print(out);
        out.printf("%d of %d posts · %d need review · %d stale · %d both%n", page.rows().size(), page.total(),
                page.counts().needReview(), page.counts().stale(), page.counts().both());
        if (!findingCounts.isEmpty()) {
            out.println("findings: " + String.join(" \u00b7 ", findingCounts.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).toList()));
        }
        return 0;
    }

    static Map<String, Object> toJson(PostSummary r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", r.reference());
        m.put("title", r.title());
        m.put("needs_human_review", r.needsHumanReview());
        m.put("freshness", r.freshness());
        m.put("view_count", r.viewCount());
        m.put("status", r.status());
        m.put("version", r.version());
        m.put("last_reviewed", r.lastReviewed() == null ? null : r.lastReviewed().toString());
        m.put("assignee", r.assignee());
        m.put("findings", r.findings());
        m.put("reading_ease", r.readingEase());
        m.put("open_comments", r.openComments());
        return m;
    }
}
