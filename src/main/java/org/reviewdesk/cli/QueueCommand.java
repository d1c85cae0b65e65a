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

    @Option(names = "--needs-review", description = "Posts flagged as needing human review.")
    boolean needsReview;

    @Option(names = "--max-freshness", paramLabel = "N", description = "Posts whose freshness score is at most N (0-100).")
    Integer maxFreshness;

    @Option(names = "--status", paramLabel = "S", description = "Only posts with this review status.")
    String status;

    @Option(names = "--finding", paramLabel = "CHECK", split = ",", description = "Posts with an open finding of any of these checks (repeatable, or comma-separated).")
    java.util.List<String> findings;

    @Option(names = "--severity", paramLabel = "S", split = ",", description = "Posts with an open finding of any of these severities: error, warning, info.")
    java.util.List<String> severities;

    @Option(names = "--min-quality", paramLabel = "N", description = "Quality score at least N.")
    Integer minQuality;
    @Option(names = "--max-quality", paramLabel = "N", description = "Quality score at most N.")
    Integer maxQuality;
    @Option(names = "--min-depth", paramLabel = "N", description = "Depth score at least N.")
    Integer minDepth;
    @Option(names = "--max-depth", paramLabel = "N", description = "Depth score at most N.")
    Integer maxDepth;
    @Option(names = "--min-clarity", paramLabel = "N", description = "Clarity score at least N.")
    Integer minClarity;
    @Option(names = "--max-clarity", paramLabel = "N", description = "Clarity score at most N.")
    Integer maxClarity;
    @Option(names = "--min-reading-time", paramLabel = "MIN", description = "Reading time at least MIN minutes.")
    Integer minReadingTime;
    @Option(names = "--max-reading-time", paramLabel = "MIN", description = "Reading time at most MIN minutes.")
    Integer maxReadingTime;

    @Option(names = "--min-readability", paramLabel = "N", description = "Reading ease of the prose (Flesch) at least N, as last checked.")
    Integer minReadability;
    @Option(names = "--max-readability", paramLabel = "N", description = "Reading ease of the prose (Flesch) at most N, as last checked.")
    Integer maxReadability;
    @Option(names = "--difficulty", paramLabel = "D", description = "Only posts of this difficulty.")
    String difficulty;

    @Option(names = "--assignee", paramLabel = "NAME", description = "Posts assigned to NAME ('me': the user running this).")
    String assignee;

    @Option(names = "--unassigned", description = "Posts assigned to nobody.")
    boolean unassigned;

    @Option(names = "--open-comments", description = "Posts with an open comment (the same as --min-open-comments 1).")
    boolean openComments;

    @Option(names = "--min-open-comments", paramLabel = "N", description = "Posts with at least N open comments.")
    Integer minOpenComments;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    /** Who "--assignee me" is: the library's user.name setting, else the system's user name. */
    private String me;

    @Override
    public Integer call() throws Exception {
        if (maxFreshness != null && (maxFreshness < 0 || maxFreshness > 100)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-freshness must be a whole number from 0 to 100, not " + maxFreshness);
        }
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        QueuePage page;
        Map<String, Integer> findingCounts;
        try (Desk desk = library.open()) {
            me = desk.settings().userName();
            QueueFilter filter = filter();
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

    private QueueFilter filter() {
        for (Integer score : java.util.Arrays.asList(minQuality, maxQuality, minDepth, maxDepth, minClarity, maxClarity)) {
            if (score != null && (score < 0 || score > 100)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "a score bound must be a whole number from 0 to 100, not " + score);
            }
        }
        if (unassigned && assignee != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--assignee and --unassigned exclude each other");
        }
        if (severities != null) {
            for (String s : severities) {
                if (!java.util.Set.of("error", "warning", "info").contains(s)) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "--severity takes error, warning or info, not '" + s + "'");
                }
            }
        }
        if (minOpenComments != null && minOpenComments < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-open-comments must be at least 1, not "
                    + minOpenComments);
        }
        String who = unassigned ? "" : "me".equals(assignee) ? me : assignee;
        return new QueueFilter(needsReview, maxFreshness, status, difficulty, null, who, null)
                .withFindings(findings, severities)
                .withRanges(new QueueFilter.Range(minQuality, maxQuality), new QueueFilter.Range(minDepth, maxDepth),
                        new QueueFilter.Range(minClarity, maxClarity), new QueueFilter.Range(minReadingTime, maxReadingTime))
                .withReadingEase(new QueueFilter.Range(minReadability, maxReadability))
                .withMinOpenComments(minOpenComments != null ? minOpenComments : openComments ? Integer.valueOf(1) : null);
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
