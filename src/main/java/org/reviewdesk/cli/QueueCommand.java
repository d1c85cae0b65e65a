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
import org.reviewdesk.model.library.SavedView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "queue", mixinStandardHelpOptions = true,
        description = {"The review queue in priority order: needs human review first, then lowest freshness, then most views;",
                "or by a column (--sort), or as a saved view has it (--view).",
                "With --needs-review and --max-freshness together a post qualifies by either."})
final class QueueCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Mixin
    QueueFilterOptions filters;

    @Mixin
    QueueSortOptions order;

    @Option(names = "--view", paramLabel = "NAME", description = "The filters and the order of this saved view (views list); "
            + "no other filter or --sort with it.")
    String view;

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
            QueueFilter filter = filters.filter(spec, me, desk.reviews().knownChecks(), desk.queue().assignees());
            if (filters.notice() != null) spec.commandLine().getErr().println("review-desk: " + filters.notice());
            QueueSort sort = order.sort(spec);
            if (view != null) {
                SavedView saved = savedView(desk);
                filter = saved.filter();
                sort = saved.sort();
            }
            page = desk.queue().page(filter, sort, 0, limit);
            findingCounts = json ? Map.of() : desk.queue().findingCounts(filter);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(page.rows().stream().map(QueueCommand::toJson).toList()));
            return 0;
        }
        Table table = new Table("REFERENCE", "TITLE", "REVIEW", "FRESHNESS", "VIEWS", "STATUS", "VERSION", "LAST REVIEWED",
                "READING EASE", "COMMENTS", "QUALITY", "FINDINGS", "ASSIGNEE");
        for (PostSummary r : page.rows()) {
            table.row(r.reference(), r.title(), r.needsHumanReview() ? "needed" : "", r.freshness(), r.viewCount(),
                    r.status(), r.version(), r.lastReviewed(), r.readingEase(), r.openComments() == 0 ? "" : r.openComments(),
                    r.quality(), r.findings() == 0 ? "" : r.findings(), r.assignee());
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

    /** The saved view named by --view, given alone: its filters and order are the query. */
    private SavedView savedView(Desk desk) {
        java.util.List<String> others = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(o -> o.longestName()).filter(n -> !java.util.Set.of("--view", "--limit", "--json", "--library").contains(n))
                .toList();
        if (!others.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--view runs the view as it was saved; "
                    + String.join(", ", others) + " cannot go with it (views save " + view.strip() + " … replaces it)");
        }
        java.util.List<SavedView> views = desk.queue().views();
        return views.stream().filter(v -> v.name().equals(view.strip())).findFirst()
                .orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(), "there is no view '"
                        + view.strip() + "' (" + (views.isEmpty() ? "this library has none" : "the views: "
                        + String.join(", ", views.stream().map(SavedView::name).toList())) + ")"));
    }

    static Map<String, Object> toJson(PostSummary r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", r.reference());
        m.put("title", r.title());
        m.put("needs_human_review", r.needsHumanReview());
        m.put("freshness", r.freshness());
        m.put("quality", r.quality());
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
