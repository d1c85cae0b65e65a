package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.model.library.SavedView;
import org.reviewdesk.service.Desk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The queue's saved views, the same the window's queue offers. */
@Command(name = "views", mixinStandardHelpOptions = true,
        description = {"The queue's saved views (the window's Views menu of the queue).",
                "  list            the views and their filters (the default)",
                "  save NAME       saves the filter given by the options below under NAME (replacing one of that name)",
                "  delete NAME     deletes the view"})
final class ViewsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Parameters(index = "0", paramLabel = "list|save|delete", defaultValue = "list", description = "What to do (default: list).")
    String action;
    @Parameters(index = "1", paramLabel = "NAME", arity = "0..1", description = "The view's name.")
    String name;
    @Mixin
    QueueFilterOptions filters;
    @Mixin
    QueueSortOptions order;
    @Option(names = "--json", description = "list: print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Desk desk = library.open()) {
            switch (action) {
                case "list" -> list(out, desk.queue().views());
                case "save" -> {
                    desk.queue().saveView(new SavedView(name(), filters.filter(spec, desk.settings().userName(), desk.reviews().knownChecks(),
                            desk.queue().assignees()), order.sort(spec)));
                    out.println("saved: " + name());
                }
                case "delete" -> {
                    if (!desk.queue().deleteView(name())) throw new IllegalArgumentException("there is no view '" + name() + "'");
                    out.println("deleted: " + name());
                }
                default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "'" + action + "' is not an action (expected list, save or delete)");
            }
        }
        return 0;
    }

    static String describe(QueueSort sort) {
        return sort.byPriority() ? "priority" : sort.column().name().toLowerCase(java.util.Locale.ROOT)
                + (sort.descending() ? " descending" : "");
    }

    private String name() {
        if (name == null || name.isBlank()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), action + " needs the view's NAME");
        }
        return name.strip();
    }

    private void list(PrintWriter out, List<SavedView> views) {
        if (json) {
            out.println(Json.write(views.stream().map(v -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", v.name());
                m.put("filter", filterJson(v.filter()));
                m.put("sort", describe(v.sort()));
                return m;
            }).toList()));
            return;
        }
        Table table = new Table("VIEW", "FILTER", "ORDER");
        for (SavedView v : views) table.row(v.name(), describe(v.filter()), describe(v.sort()));
        table.print(out);
    }

    static Map<String, Object> filterJson(QueueFilter f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("needs_review", f.needsReview());
        m.put("max_freshness", f.maxFreshness());
        m.put("status", f.status());
        m.put("difficulty", f.difficulty());
        m.put("stack", f.stackOrTool());
        m.put("assignee", f.assignee());
        m.put("with_findings", f.hasFindings());
        m.put("findings", f.checkIds());
        m.put("severities", f.severities());
        m.put("quality", range(f.quality()));
        m.put("depth", range(f.depth()));
        m.put("clarity", range(f.clarity()));
        m.put("reading_time", range(f.readingTime()));
        m.put("reading_ease", range(f.readingEase()));
        m.put("min_open_comments", f.minOpenComments());
        return m;
    }

    private static Map<String, Object> range(QueueFilter.Range r) {
        if (r == null || (r.min() == null && r.max() == null)) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min", r.min());
        m.put("max", r.max());
        return m;
    }

    private static void bounds(StringBuilder sb, String option, QueueFilter.Range r) {
        if (r == null) return;
        if (r.min() != null) sb.append(" --min-").append(option).append(' ').append(r.min());
        if (r.max() != null) sb.append(" --max-").append(option).append(' ').append(r.max());
    }

    /** The filter as the options that make it. */
    static String describe(QueueFilter f) {
        StringBuilder sb = new StringBuilder();
        if (f.needsReview()) sb.append(" --needs-review");
        if (f.maxFreshness() != null) sb.append(" --max-freshness ").append(f.maxFreshness());
        if (f.status() != null) sb.append(" --status ").append(f.status());
        if (f.difficulty() != null) sb.append(" --difficulty ").append(f.difficulty());
        if (f.stackOrTool() != null) sb.append(" --stack ").append(f.stackOrTool());
        if (f.assignee() != null) sb.append(f.assignee().isEmpty() ? " --unassigned" : " --assignee " + f.assignee());
        if (Boolean.TRUE.equals(f.hasFindings())) sb.append(" --with-findings");
        if (f.checkIds() != null && !f.checkIds().isEmpty()) sb.append(" --finding ").append(String.join(",", f.checkIds()));
        if (f.severities() != null && !f.severities().isEmpty()) sb.append(" --severity ").append(String.join(",", f.severities()));
        bounds(sb, "quality", f.quality());
        bounds(sb, "depth", f.depth());
        bounds(sb, "clarity", f.clarity());
        bounds(sb, "reading-time", f.readingTime());
        bounds(sb, "readability", f.readingEase());
        if (f.minOpenComments() != null) sb.append(" --min-open-comments ").append(f.minOpenComments());
        return sb.length() == 0 ? "(every post)" : sb.substring(1);
    }
}
