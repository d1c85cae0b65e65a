package org.reviewdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reviewdesk.markdown.MarkdownRenderer;
import org.reviewdesk.markdown.RenderOptions;
import org.reviewdesk.markdown.RenderedHtml;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.ImportOptions;
import org.reviewdesk.service.PostFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Prints exactly the HTML that the preview shows for a post, through the same sanitizing pipeline.",
                "FILE is any importable file (its first post is rendered)."})
final class RenderCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    LibraryOption library;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE", arity = "1")
        Path file;

        @Option(names = "--ref", paramLabel = "REFERENCE", description = "A post of the library.")
        String reference;
    }

    @Option(names = "--standalone", description = "A whole page: the stylesheet and the Content-Security-Policy of the preview.")
    boolean standalone;

    @Option(names = "--remote-images", description = "Keep remote images (the preview's toggle; off by default).")
    boolean remoteImages;

    @Option(names = "--dark", description = "With --standalone, the dark stylesheet.")
    boolean dark;

    @Override
    public Integer call() throws Exception {
        Post post = load();
        RenderOptions options = new RenderOptions(remoteImages, dark ? RenderOptions.Theme.DARK : RenderOptions.Theme.LIGHT);
        MarkdownRenderer renderer = new MarkdownRenderer();
        RenderedHtml html = renderer.render(post.body(), options);
        spec.commandLine().getOut().println(standalone ? renderer.page(html, options, post.title()) : html.bodyHtml());
        return 0;
    }

    private Post load() throws Exception {
        if (source.file != null) {
            PostFiles.ParsedFile parsed = PostFiles.read(source.file, ImportOptions.DEFAULT);
            if (parsed.failed()) throw new IllegalArgumentException(parsed.error().getMessage());
            return parsed.posts().get(0);
        }
        try (Desk desk = library.open()) {
            return desk.posts().byReference(source.reference).post();
        }
    }
}
