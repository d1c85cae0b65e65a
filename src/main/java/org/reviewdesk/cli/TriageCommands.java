package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.PostService;
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

    /**
     * What a triage command prints: one line, or with --json the action, the references it changed and those it found
     * as the action would have left them (a trash of a post in the trash), which it did not touch.
     */
    static void report(PrintWriter out, boolean json, String action, List<String> references, List<String> unchanged,
                       String line) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("action", action);
            m.put("posts", references.stream().filter(r -> !unchanged.contains(r)).distinct().toList());
            m.put("unchanged", unchanged);
            out.println(Json.write(m));
        } else {
            out.println(line);
        }
    }

    /** "; 'a' and 'b' were in the trash already": the posts a trash or untrash left as they were, named up to three. */
    static String left(List<String> references, String where) {
        if (references.isEmpty()) return "";
        if (references.size() > 3) return "; " + references.size() + " posts were " + where;
        String names = "'" + String.join("', '", references) + "'";
        return "; " + names + (references.size() == 1 ? " was " : " were ") + where;
    }

    static String posts(int n) {
        return n == 1 ? "1 post" : n + " posts";
    }

    /** A triage command over posts named by reference, with the options they all take. */
    abstract static class OnPosts implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(paramLabel = "REF", arity = "1..*", description = "References of the posts.")
        List<String> references;
        @Option(names = "--json", description = "Print what was done as JSON.")
        boolean json;

        /** The posts the action found as it would have left them, and left alone; set by {@link #apply}. */
        List<String> unchanged = List.of();

        /** Does the command's action; returns the line it prints without --json. */
        abstract String apply(Desk desk);

        @Override
        public Integer call() throws Exception {
            try (Desk desk = library.open()) {
                String line = apply(desk);
                report(spec.commandLine().getOut(), json, spec.name(), references, unchanged, line);
            }
            return 0;
        }
    }

    @Command(name = "trash", mixinStandardHelpOptions = true,
            description = "Moves posts to the trash (the window's Trash; untrash takes them back).")
    static final class Trash extends OnPosts {
        @Override
        String apply(Desk desk) {
            PostService.TrashChange change = desk.posts().trash(references);
            unchanged = change.already();
            return "moved " + posts(change.changed().size()) + " to the trash" + left(change.already(), "in the trash already");
        }
    }

    @Command(name = "untrash", mixinStandardHelpOptions = true, description = "Takes posts out of the trash.")
    static final class Untrash extends OnPosts {
        @Override
        String apply(Desk desk) {
            PostService.TrashChange change = desk.posts().untrash(references);
            unchanged = change.already();
            return "took " + posts(change.changed().size()) + " out of the trash" + left(change.already(), "not in the trash");
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = "Assigns posts to a person (--to \"\" leaves them unassigned), in one transaction.")
    static final class Assign extends OnPosts {
        @Option(names = "--to", paramLabel = "NAME", required = true, description = "Who reviews them.")
        String name;

        @Override
        String apply(Desk desk) {
            String known = desk.queue().knownAssignee(name);
            desk.queue().assignByReference(references, known);
            return known.isEmpty() ? "unassigned " + posts(references.size())
                    : "assigned " + posts(references.size()) + " to " + known;
        }
    }

    @Command(name = "flag", mixinStandardHelpOptions = true,
            description = {"Flags posts as needing human review, in one transaction.",
                    "With --reason, each flagged post gets a revision whose note keeps the reason (see: history REF)."})
    static final class Flag extends OnPosts {
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why they need a person's review.")
        String reason;

        @Override
        String apply(Desk desk) {
            desk.queue().flag(references, reason);
            return "flagged " + posts(references.size()) + " for review";
        }
    }
}
