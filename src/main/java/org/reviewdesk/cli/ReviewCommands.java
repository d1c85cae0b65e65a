package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.ReviewService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The settings of what "reviewed" requires (under `settings`), and ticking a post's review checklist: settings, tick, untick. */
final class ReviewCommands {
    private ReviewCommands() {
    }

    @Command(name = "review-checklist", mixinStandardHelpOptions = true,
            description = {"The library's review checklist: what a reviewer confirms on every post (\"Links opened\", "
                    + "\"Code run\"). Every item must be ticked on a post (review-desk tick) before it may be marked reviewed.",
                    "  list            the items, in order (the default)",
                    "  add TEXT        adds an item at the end",
                    "  remove TEXT     removes an item (its ticks go; the posts' histories keep them)"})
    static final class ReviewChecklist implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(index = "0", paramLabel = "list|add|remove", defaultValue = "list", description = "What to do (default: list).")
        String action;
        @Parameters(index = "1..*", paramLabel = "TEXT", arity = "0..*", description = "The item (words may be unquoted).")
        List<String> words;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Desk desk = library.open()) {
                ReviewService reviews = desk.reviews();
                switch (action) {
                    case "list" -> reviews.checklist().forEach(out::println);
                    case "add" -> out.println(reviews.addChecklistItem(text()) ? "added: " + text() : "already there: " + text());
                    case "remove" -> out.println(reviews.removeChecklistItem(text()) ? "removed: " + text() : "not there: " + text());
                    default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "'" + action + "' is not an action (expected list, add or remove)");
                }
            }
            return 0;
        }

        private String text() {
            if (words == null || words.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), action + " needs the item's TEXT");
            }
            return String.join(" ", words);
        }
    }

    @Command(name = "error-checks", mixinStandardHelpOptions = true,
            description = {"The checks whose open findings keep a post from being marked reviewed. By default: each check "
                    + "whose own severity is error, and hidden-content. A dismissed finding never counts.",
                    "  list            the checks that are errors here (the default)",
                    "  add ID          counts the check's findings as errors",
                    "  remove ID       does not count them",
                    "  reset ID        back to the check's default"})
    static final class ErrorChecks implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(index = "0", paramLabel = "list|add|remove|reset", defaultValue = "list", description = "What to do (default: list).")
        String action;
        @Parameters(index = "1", paramLabel = "ID", arity = "0..1", description = "A check id (review-desk check --help).")
        String id;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Desk desk = library.open()) {
                ReviewService reviews = desk.reviews();
                Boolean setting = switch (action) {
                    case "list" -> null;
                    case "add" -> Boolean.TRUE;
                    case "remove" -> Boolean.FALSE;
                    case "reset" -> null;
                    default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "'" + action + "' is not an action (expected list, add, remove or reset)");
                };
                if (!action.equals("list")) {
                    if (id == null || id.isBlank()) {
                        throw new picocli.CommandLine.ParameterException(spec.commandLine(), action + " needs a check ID");
                    }
                    Set<String> known = reviews.knownChecks();
                    if (!known.contains(id.strip())) {
                        spec.commandLine().getErr().println("review-desk: note: this build has no check '" + id.strip()
                                + "' (it has: " + String.join(", ", known) + "); the setting is kept for when it has");
                    }
                    reviews.setErrorCheck(id, setting);
                }
                reviews.errorChecks().forEach(out::println);
            }
            return 0;
        }
    }

    @Command(name = "tick", mixinStandardHelpOptions = true,
            description = {"Ticks an item of the library's review checklist on a post; the post's history records it "
                    + "with your user name. Without ITEM, shows the post's checklist."})
    static final class Tick implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(index = "0", paramLabel = "REFERENCE")
        String reference;
        @Parameters(index = "1..*", paramLabel = "ITEM", arity = "0..*", description = "The item (words may be unquoted).")
        List<String> words;

        @Override
        public Integer call() throws Exception {
            return tick(spec, library, reference, words, true);
        }
    }

    @Command(name = "untick", mixinStandardHelpOptions = true,
            description = "Takes back the tick of a review checklist item on a post; the post's history records it.")
    static final class Untick implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(index = "0", paramLabel = "REFERENCE")
        String reference;
        @Parameters(index = "1..*", paramLabel = "ITEM", arity = "1..*", description = "The item (words may be unquoted).")
        List<String> words;

        @Override
        public Integer call() throws Exception {
            return tick(spec, library, reference, words, false);
        }
    }

    private static int tick(picocli.CommandLine.Model.CommandSpec spec, LibraryOption library, String reference,
                            List<String> words, boolean ticked) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Desk desk = library.open()) {
            ReviewService reviews = desk.reviews();
            if (words != null && !words.isEmpty()) {
                String item = String.join(" ", words);
                boolean changed = reviews.tick(reference, item, ticked);
                if (!changed) out.printf("already %s: %s%n", ticked ? "ticked" : "unticked", item);
            }
            for (ReviewService.ChecklistItem i : reviews.checklist(reference)) {
                out.printf("[%s] %s%s%n", i.ticked() ? "x" : " ", i.item(), i.ticked() ? " (" + i.tickedBy() + ")" : "");
            }
        }
        return 0;
    }
}
