package org.reviewdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reviewdesk.formats.Format;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.Desk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports posts: to standard output (JSON: an object for one post, an array for several),",
                "or one file per post into a folder."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "json, markdown, alphanode or wxr.")
    String format;

    @Option(names = "--ref", paramLabel = "REFERENCE", description = "A post to export (repeatable; default: every post).")
    List<String> references = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Write one file per post into DIR instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Format chosen = Format.parse(format, true);
        if (!chosen.writable()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "the " + chosen.id() + " format can be imported, not exported");
        }
        try (Desk desk = library.open()) {
            List<Post> posts = new ArrayList<>();
            if (references.isEmpty()) {
                desk.posts().forEach(p -> posts.add(p.post()));
            } else {
                // A reference named twice is one post: exported twice, the file would be refused by import.
                for (String ref : new java.util.LinkedHashSet<>(references)) {
                    posts.add(desk.posts().byReference(ref).post());
                }
            }
            if (out != null) {
                List<Path> written = desk.exports().exportToFolder(posts, chosen, out);
                spec.commandLine().getErr().printf("%d post%s written to %s%n", written.size(), written.size() == 1 ? "" : "s", out);
            } else {
                String text = desk.exports().exportText(posts, chosen);
                spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
            }
        }
        return 0;
    }
}
