package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reviewdesk.service.Desk;
import org.reviewdesk.model.library.PostSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists the posts of the library: reference, title, status, version, freshness, needs human review.",
                "With TEXT, only those whose title, topic, reference or body contains it, in any case, as the window's list",
                "filters before its search index is built (%% and _ are plain characters)."})
final class ListCommand implements Callable<Integer> {
    private static final int PAGE = 1000;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @picocli.CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "TEXT",
            description = "Only the posts whose title, topic, reference or body contains this text.")
    String text = "";

    @Override
    public Integer call() throws Exception {
        List<PostSummary> rows = new ArrayList<>();
        Map<Long, Long> versions = new java.util.HashMap<>();
        try (Desk desk = library.open()) {
            for (int offset = 0; ; offset += PAGE) {
                List<PostSummary> page = desk.posts().list(text.strip(), offset, PAGE);
                rows.addAll(page);
                if (json) versions.putAll(desk.posts().rowVersions(page.stream().map(PostSummary::id).toList()));
                if (page.size() < PAGE) break;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(rows.stream().map(r -> toJson(r, versions.get(r.id()))).toList()));
            return 0;
        }
        Table table = new Table("REFERENCE", "TITLE", "STATUS", "VERSION", "FRESHNESS", "NEEDS REVIEW");
        for (PostSummary r : rows) {
            table.row(r.reference(), r.title(), r.status(), r.version(), r.freshness(), r.needsHumanReview() ? "yes" : "");
        }
        table.print(out);
        out.println(TriageCommands.posts(rows.size()));
        return 0;
    }

    static Map<String, Object> toJson(PostSummary r, Long rowVersion) {
        Map<String, Object> m = toJson(r);
        m.put("row_version", rowVersion);
        return m;
    }

    static Map<String, Object> toJson(PostSummary r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", r.reference());
        m.put("title", r.title());
        m.put("status", r.status());
        m.put("version", r.version());
        m.put("freshness", r.freshness());
        m.put("needs_human_review", r.needsHumanReview());
        return m;
    }
}
