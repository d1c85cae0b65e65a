package org.reviewdesk.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.formats.alphanode.AlphanodeTextReader;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.formats.json.MetaJson;
import org.reviewdesk.formats.markdown.MarkdownFrontMatterReader;
import org.reviewdesk.formats.markdown.MarkdownFrontMatterWriter;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFieldSamples;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.meta.MetaKey;
import org.reviewdesk.model.meta.MetaSection;

/** Every field of the catalogue reaches every format that carries the meta box, and comes back. */
class MetaCatalogueCodecsTest {
    private final Meta every = MetaFieldSamples.everyField();
    private final Post post = new Post("Every field", "A paragraph of the body.", every);

    @Test
    void canonicalJsonHasEveryFieldAtItsPathAndReadsItBack() throws Exception {
        ObjectNode json = MetaJson.write(every);
        for (MetaKey key : MetaFields.TOP_LEVEL) assertThat(json.has(key.path())).as(key.path()).isTrue();
        for (MetaField f : MetaFields.ALL) {
            if (f.section() != null) assertThat(json.get(f.section().path()).has(f.key())).as(f.path()).isTrue();
        }
        assertThat(MetaJson.read(json, "")).isEqualTo(every);
    }

    @Test
    void theAlphanodeMetaBoxHasEveryKeyAndReadsItBack() throws Exception {
        String text = new AlphanodeTextWriter().write(post);
        List<String> lines = text.lines().toList();
        for (MetaKey key : MetaFields.TOP_LEVEL) {
            assertThat(lines).as(key.boxKey()).anyMatch(l -> l.startsWith(key.boxKey()));
            if (key instanceof MetaSection s) {
                for (String sub : s.boxKeys()) assertThat(lines).as(s.boxKey() + "." + sub).contains("  • " + sub + ": "
                        + lineValue(s, sub));
            }
        }
        assertThat(new AlphanodeTextReader().read(text, "every.txt").get(0).meta()).isEqualTo(every);
    }

    @Test
    void markdownFrontMatterCarriesEveryField() throws Exception {
        String text = new MarkdownFrontMatterWriter().write(post);
        assertThat(new MarkdownFrontMatterReader().read(text, "every.md").get(0).meta()).isEqualTo(every);
    }

    private String lineValue(MetaSection s, String sub) {
        MetaField f = s.fields().stream().filter(m -> m.boxKey().equals(sub)).findFirst().orElseThrow();
        Object v = f.of(every);
        return v instanceof Boolean b ? (b ? "1" : "0") : String.valueOf(v);
    }
}
