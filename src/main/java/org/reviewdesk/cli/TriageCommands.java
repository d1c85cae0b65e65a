package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reviewdesk.service.Desk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The queue's triage from a script: trash, untrash, assign, flag. Each checks every reference before it changes
 * anything, so a mistyped reference changes nothing and exits 1 naming it.
 */
final class TriageCommands {
    private TriageCommands() {
    }

    /** What a triage command prints: one line, or with --json the action and the references it changed. */
    static void report(PrintWriter out, boolean json, String action, List<String> references, String line) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("action", action);
            m.put("posts", references);
            out.println(Json.write(m));
        } else {
            out.println(line);
        }
    }

    static String posts(int n) {
        return n == 1 ? "1 post" : n + " posts";
    }

    @Command(name = "trash", mixinStandardHelpOptions = true,
            description = "Moves posts to the trash (the window's Trash; untrash takes them back).")
    static final class Trash implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(paramLabel = "REF", arity = "1..*", description = "References of the posts.")
        List<String> references;
        @Option(names = "--json", description = "Print what was done as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (Desk desk = library.open()) {
                List<String> done = desk.posts().trash(references);
                report(spec.commandLine().getOut(), json, "trash", done, "moved " + posts(done.size()) + " to the trash");
            }
            return 0;
        }
    }

    @Command(name = "untrash", mixinStandardHelpOptions = true, description = "Takes posts out of the trash.")
    static final class Untrash implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(paramLabel = "REF", arity = "1..*", description = "References of the posts.")
        List<String> references;
        @Option(names = "--json", description = "Print what was done as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (Desk desk = library.open()) {
                List<String> done = desk.posts().untrash(references);
                report(spec.commandLine().getOut(), json, "untrash", done, "took " + posts(done.size()) + " out of the trash");
            }
            return 0;
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = "Assigns posts to a person (--to \"\" leaves them unassigned), in one transaction.")
    static final class Assign implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(paramLabel = "REF", arity = "1..*", description = "References of the posts.")
        List<String> references;
        @Option(names = "--to", paramLabel = "NAME", required = true, description = "Who reviews them.")
        String name;
        @Option(names = "--json", description = "Print what was done as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (Desk desk = library.open()) {
                desk.queue().assignByReference(references, name);
                String line = name.isBlank() ? "unassigned " + posts(references.size())
                        : "assigned " + posts(references.size()) + " to " + name.strip();
                report(spec.commandLine().getOut(), json, "assign", references, line);
            }
            return 0;
        }
    }

    @Command(name = "flag", mixinStandardHelpOptions = true,
            description = {"Flags posts as needing human review, in one transaction.",
                    "With --reason, each flagged post gets a revision whose note keeps the reason (see: history REF)."})
    static final class Flag implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(paramLabel = "REF", arity = "1..*", description = "References of the posts.")
        List<String> references;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why they need a person's review.")
        String reason;
        @Option(names = "--json", description = "Print what was done as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (Desk desk = library.open()) {
                desk.queue().flag(references, reason);
                report(spec.commandLine().getOut(), json, "flag", references,
                        "flagged " + posts(references.size()) + " for review");
            }
            return 0;
        }
    }
}
