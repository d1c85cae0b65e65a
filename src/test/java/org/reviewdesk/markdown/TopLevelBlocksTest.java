package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The blocks cut from one rendering of the document are each what the block rendered on its own is. */
class TopLevelBlocksTest {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            AutolinkExtension.create(), TaskListItemsExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    static Stream<String> documents() {
        List<String> docs = new ArrayList<>(List.of("", "plain", "# Title\n\n---\n\n    indented code\n\n***\n",
                "<div>\nraw block\n</div>\npara after without a blank line\n\n<!-- unclosed comment\n\nstill in it",
                "[ref]: https://example.org\n\n[use][ref] it\n\n- tight\n- list\n\n1. loose\n\n2. list\n",
                "Setext heading\n===\n\n> quote\n> - in a list\n\n```\nfence left open\n",
                "| a | b |\n|---|---|\n| 1 | 2 |\ntext right under the table\n\n<span>inline</span> html\n"));
        docs.add(SyntheticPost.ofWords(3_000, new Random(5)));
        docs.addAll(SwallowingVectors.all());
        return docs.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void eachBlockIsWhatItsOwnRenderingIs(String markdown) {
        Node document = PARSER.parse(markdown);
        HeadingCollector headings = HeadingCollector.collect(document, java.util.Set.of(PreviewDom.CONTAINER_ID));
        HtmlRenderer alone = builder(headings).build();
        List<String> expected = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) expected.add(alone.render(block));

        assertThat(TopLevelBlocks.of(document, builder(headings))).containsExactlyElementsOf(expected);
    }

    private static HtmlRenderer.Builder builder(HeadingCollector headings) {
        return HtmlRenderer.builder().extensions(EXTENSIONS)
                .attributeProviderFactory(context -> new BlockAttributes(headings.ids()))
                .nodeRendererFactory(RawHtmlBlockRenderer::new);
    }
}
