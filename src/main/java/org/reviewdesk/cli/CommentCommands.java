package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.reviewdesk.formats.json.CommentJson;
import org.reviewdesk.model.library.PostComment;
import org.reviewdesk.service.Desk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Editorial comments on a post's text: comments (the list) and comment add, reply, resolve, reopen. */
final class CommentCommands {
    private CommentCommands() {
    }

    @Command(name = "comments", mixinStandardHelpOptions = true,
            description = {"A post's open comments, each with the text it is on and its replies (--all: resolved ones too)."})
    static final class Comments implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(index = "0", paramLabel = "REF", description = "The post's reference.")
        String reference;
        @Option(names = "--json", description = "Print a JSON array (the form of the comments in a JSON export).")
        boolean json;
        @Option(names = "--all", description = "Resolved comments too.")
        boolean all;
        @Option(names = "--at", paramLabel = "VERSION", description = "The comments as the revision at VERSION recorded them.")
        String version;

        @Override
        public Integer call() throws Exception {
            List<PostComment> threads;
            try (Desk desk = library.open()) {
                threads = version == null ? desk.comments().list(reference) : desk.comments().atVersion(reference, version);
            }
            if (!all) threads = threads.stream().filter(c -> !c.resolved()).toList();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(CommentJson.write(threads)));
                return 0;
            }
            for (PostComment c : threads) print(out, c);
            long open = threads.stream().filter(c -> !c.resolved()).count();
            out.printf("%d comment%s, %d open%n", threads.size(), threads.size() == 1 ? "" : "s", open);
            return 0;
        }

        private static void print(PrintWriter out, PostComment c) {
            PostComment.Anchor a = c.anchor();
            String where = a == null ? "" : a.textRemoved() ? " on \"" + a.quote() + "\" (text removed)"
                    : " on \"" + a.quote() + "\" (characters " + a.start() + "-" + a.end() + ")";
            out.printf("#%d %s %s%s%n    %s%n", c.id(), c.state(), c.author(), where, c.text());
            for (PostComment r : c.replies()) out.printf("  #%d %s: %s%n", r.id(), r.author(), r.text());
        }
    }

    @Command(name = "comment", mixinStandardHelpOptions = true,
            description = {"Comments on a post's text.",
                    "  add REF --quote TEXT [--occurrence N] --text TEXT   comment on the N-th place the body holds TEXT",
                    "  reply ID --text TEXT                                  reply in the thread of comment ID",
                    "  resolve ID / reopen ID                                close or open the thread again"},
            subcommands = {Add.class, Reply.class, Resolve.class, Reopen.class})
    static final class Comment implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;

        @Override
        public Integer call() {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say what to do: add, reply, resolve or reopen");
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "A new comment on a quote of the post's body.")
    static final class Add implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(index = "0", paramLabel = "REF", description = "The post's reference.")
        String reference;
        @Option(names = "--quote", required = true, paramLabel = "TEXT", description = "The text of the body it is on, exactly.")
        String quote;
        @Option(names = "--occurrence", paramLabel = "N", defaultValue = "1", description = "Which place holding it, from 1 (default 1).")
        int occurrence;
        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The comment.")
        String text;

        @Override
        public Integer call() throws Exception {
            try (Desk desk = library.open()) {
                PostComment c = desk.comments().addOnQuote(reference, quote, occurrence, text);
                spec.commandLine().getOut().printf("comment %d added on %s, characters %d-%d%n", c.id(), reference,
                        c.anchor().start(), c.anchor().end());
            }
            return 0;
        }
    }

    @Command(name = "reply", mixinStandardHelpOptions = true, description = "A reply in the thread of a comment.")
    static final class Reply implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(index = "0", paramLabel = "ID", description = "The comment's id (see: review-desk comments REF).")
        long id;
        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The reply.")
        String text;

        @Override
        public Integer call() throws Exception {
            try (Desk desk = library.open()) {
                PostComment r = desk.comments().reply(id, text);
                spec.commandLine().getOut().printf("reply %d added to comment %d%n", r.id(), r.parentId());
            }
            return 0;
        }
    }

    /** A command that changes the state of one comment's thread and says so. */
    abstract static class OnThread implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(index = "0", paramLabel = "ID", description = "The comment's id.")
        long id;

        /** Changes the thread; returns what the command prints. */
        abstract String change(Desk desk);

        @Override
        public Integer call() throws Exception {
            try (Desk desk = library.open()) {
                spec.commandLine().getOut().println(change(desk));
            }
            return 0;
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true, description = "Resolves a comment's thread.")
    static final class Resolve extends OnThread {
        @Override
        String change(Desk desk) {
            desk.comments().resolve(id);
            return "comment " + id + " resolved";
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true, description = "Opens a resolved comment's thread again.")
    static final class Reopen extends OnThread {
        @Override
        String change(Desk desk) {
            desk.comments().reopen(id);
            return "comment " + id + " open again";
        }
    }
}
