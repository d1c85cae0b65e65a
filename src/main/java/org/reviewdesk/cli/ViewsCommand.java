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
    @Option(names = "--needs-review", description = "save: posts flagged as needing human review.")
    boolean needsReview;
    @Option(names = "--max-freshness", paramLabel = "N", description = "save: freshness at most N (0-100).")
    Integer maxFreshness;
    @Option(names = "--status", paramLabel = "S", description = "save: only this review status.")
    String status;
    @Option(names = "--difficulty", paramLabel = "D", description = "save: only this difficulty.")
    String difficulty;
    @Option(names = "--stack", paramLabel = "ITEM", description = "save: posts with this stack or tools entry.")
    String stackOrTool;
    @Option(names = "--assignee", paramLabel = "NAME", description = "save: posts assigned to NAME.")
    String assignee;
    @Option(names = "--with-findings", description = "save: posts with open findings.")
    boolean withFindings;
    @Option(names = "--sort", paramLabel = "COLUMN", description = "save: the queue's order: priority (the default), "
            + "title, status, version, freshness, quality, last_reviewed, view_count, findings, assignee or readability.")
    String sortColumn;
    @Option(names = "--descending", description = "save: the order from the highest down.")
    boolean descending;
    @Option(names = "--json", description = "list: print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Desk desk = library.open()) {
            switch (action) {
                case "list" -> list(out, desk.queue().views());
                case "save" -> {
                    if (maxFreshness != null && (maxFreshness < 0 || maxFreshness > 100)) {
                        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                                "--max-freshness must be a whole number from 0 to 100, not " + maxFreshness);
                    }
                    desk.queue().saveView(new SavedView(name(), new QueueFilter(needsReview, maxFreshness, status, difficulty,
                            stackOrTool, assignee, withFindings ? Boolean.TRUE : null), sort()));
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

    private QueueSort sort() {
        if (sortColumn == null) return QueueSort.PRIORITY;
        try {
            return new QueueSort(QueueSort.Column.valueOf(sortColumn.strip().toUpperCase(java.util.Locale.ROOT)), descending);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--sort takes priority, title, status, "
                    + "version, freshness, quality, last_reviewed, view_count, findings, assignee or readability, not '" + sortColumn + "'");
        }
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
        return m;
    }

    /** The filter as the options that make it. */
    static String describe(QueueFilter f) {
        StringBuilder sb = new StringBuilder();
        if (f.needsReview()) sb.append(" --needs-review");
        if (f.maxFreshness() != null) sb.append(" --max-freshness ").append(f.maxFreshness());
        if (f.status() != null) sb.append(" --status ").append(f.status());
        if (f.difficulty() != null) sb.append(" --difficulty ").append(f.difficulty());
        if (f.stackOrTool() != null) sb.append(" --stack ").append(f.stackOrTool());
        if (f.assignee() != null) sb.append(" --assignee ").append(f.assignee());
        if (Boolean.TRUE.equals(f.hasFindings())) sb.append(" --with-findings");
        return sb.length() == 0 ? "(every post)" : sb.substring(1);
    }
}
