package org.reviewdesk.formats.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reviewdesk.formats.PostWriter;
import org.reviewdesk.formats.json.MetaJson;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.ReviewStatus;

/**
 * Writes a post as Markdown with YAML front matter that drops into a Hugo or Jekyll site: {@code title},
 * {@code date} and {@code lastmod} (the last review, never today's date: nothing is invented),
 * {@code draft}, {@code tags} (stack and tools), {@code description} (the summary), and the full meta box
 * under {@code review_desk}, from which {@link MarkdownFrontMatterReader} reads it back exactly.
 */
public final class MarkdownFrontMatterWriter implements PostWriter {
    @Override
    public String write(Post post) {
        Meta m = post.meta();
        ObjectNode fm = JsonNodeFactory.instance.objectNode();
        fm.put("title", post.title());
        if (m.revision() != null && m.revision().lastReviewed() != null) {
            fm.put("date", m.revision().lastReviewed().toString());
            fm.put("lastmod", m.revision().lastReviewed().toString());
        }
        fm.put("draft", isDraft(m));
        Set<String> tags = tags(m);
        if (!tags.isEmpty()) {
            ArrayNode a = fm.putArray("tags");
            tags.forEach(a::add);
        }
        if (m.summary() != null) fm.put("description", m.summary());
        fm.set(FrontMatter.META_KEY, MetaJson.write(m));
        try {
            return FrontMatter.FENCE + "\n" + FrontMatter.MAPPER.writeValueAsString(fm) + FrontMatter.FENCE + "\n\n"
                    + post.body() + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a tree of text, numbers and booleans always serializes", e);
        }
    }

    /** A post's site tags: its stack, then its tools (what {@link EditedSiteKeys} compares an edited file's tags with). */
    static Set<String> tags(Meta m) {
        Set<String> tags = new LinkedHashSet<>();
        if (m.stack() != null) tags.addAll(m.stack());
        if (m.tools() != null) tags.addAll(m.tools());
        return tags;
    }

    /** Site generators publish what is not a draft: only reviewed or published posts may go out. */
    static boolean isDraft(Meta m) {
        ReviewStatus s = m.revision() == null ? null : m.revision().status();
        return !(ReviewStatus.REVIEWED.equals(s) || ReviewStatus.PUBLISHED.equals(s));
    }

    /** A Markdown file holds one post; several are exported as one file each. */
    @Override
    public String writeAll(List<Post> posts) {
        if (posts.size() != 1) {
            throw new IllegalArgumentException("a Markdown file holds one post, not " + posts.size()
                    + " (export them to a folder, one file per post)");
        }
        return write(posts.get(0));
    }
}
