package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reviewdesk.checks.TellLists;
import org.reviewdesk.service.Desk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tells", mixinStandardHelpOptions = true,
        description = {"The word and phrase lists of the tell checks (overused words, stock phrases, filler, "
                + "announcement headings, hedges, chat artifacts): Review Desk's own, with this library's changes.",
                "Their findings are information for a person, never a verdict on who wrote a post.",
                "A change checks every post again, so the queue's findings follow it (--no-checks: at the next 'check --all')."})
final class TellsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Parameters(index = "0", paramLabel = "list|add|off|on", defaultValue = "list", description = "What to do (default: list).")
    String action;
    @Parameters(index = "1", paramLabel = "LIST", arity = "0..1", description = "add, off, on: the list's name.")
    String list;
    @Parameters(index = "2", paramLabel = "PHRASE", arity = "0..1", description = "add, off, on: the word or phrase.")
    String phrase;
    @Option(names = "--list", paramLabel = "NAME", description = "list: only this list.")
    String only;
    @Option(names = "--replacement", paramLabel = "TEXT", description = "add: the plainer wording a quick fix offers (overused-words).")
    String replacement;
    @Option(names = "--json", description = "list: print JSON.")
    boolean json;
    @Option(names = "--no-checks", description = "add, off, on: do not check the library again.")
    boolean noChecks;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Desk desk = library.open()) {
            switch (action) {
                case "list" -> list(out, desk);
                case "add", "off", "on" -> {
                    if (list == null || phrase == null || phrase.isBlank()) {
                        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                                action + " needs a LIST and a PHRASE (lists: " + String.join(", ", TellLists.NAMES) + ")");
                    }
                    switch (action) {
                        case "add" -> desk.tells().add(list, phrase, replacement);
                        case "off" -> desk.tells().off(list, phrase);
                        default -> desk.tells().on(list, phrase);
                    }
                    out.printf("%s: %s \u00b7 %s%n", action.equals("add") ? "added" : action.equals("off") ? "off" : "on",
                            list, phrase.strip());
                    if (!noChecks) Recheck.library(desk, spec);
                }
                default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "'" + action + "' is not an action (expected list, add, off or on)");
            }
        }
        return 0;
    }

    private void list(PrintWriter out, Desk desk) {
        List<String> names = only == null ? TellLists.NAMES : List.of(only);
        if (json) {
            Map<String, Object> all = new LinkedHashMap<>();
            for (String name : names) {
                all.put(name, desk.tells().entries(name).stream().map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("phrase", e.phrase());
                    m.put("replacement", e.replacement());
                    m.put("on", e.on());
                    m.put("source", e.standard() ? "review-desk" : "library");
                    return m;
                }).toList());
            }
            out.println(Json.write(all));
            return;
        }
        Table table = new Table("LIST", "PHRASE", "PLAINER", "ON", "FROM");
        for (String name : names) {
            for (TellLists.Entry e : desk.tells().entries(name)) {
                table.row(name, e.phrase(), e.replacement(), e.on() ? "yes" : "no", e.standard() ? "review-desk" : "library");
            }
        }
        table.print(out);
    }
}
