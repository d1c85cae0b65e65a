package org.reviewdesk.formats.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.reviewdesk.formats.json.JsonFieldException;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;

/**
 * The site keys of a file {@link MarkdownFrontMatterWriter} wrote (description, tags, draft, lastmod) are derived from
 * the meta box under {@code review_desk}. One that no longer says what the writer derived was edited by hand, in the
 * site's repository say, and the edit wins: the description becomes the summary, the tags the stack and tools (a tag
 * taken out leaves both, a new one joins the stack), draft the status, lastmod or date the last review. A key taken out of the
 * file says nothing, and leaves the meta box as it is.
 */
final class EditedSiteKeys {
    private EditedSiteKeys() {
    }

    static Meta apply(JsonNode fm, Meta meta) throws JsonFieldException {
        Meta.Builder b = meta.toBuilder();
        JsonNode description = fm.get("description");
        if (description != null && description.isValueNode() && !description.isNull()
                && !description.asText().equals(meta.summary())) {
            b.summary(description.asText());
        }
        List<String> tags = MarkdownFrontMatterReader.tags(fm.get("tags"));
        if (tags != null && !new LinkedHashSet<>(tags).equals(MarkdownFrontMatterWriter.tags(meta))) {
            List<String> stack = new ArrayList<>(keptOf(meta.stack(), tags));
            List<String> tools = keptOf(meta.tools(), tags);
            for (String tag : tags) if (!stack.contains(tag) && !tools.contains(tag)) stack.add(tag);
            b.stack(meta.stack() == null && stack.isEmpty() ? null : stack)
                    .tools(meta.tools() == null && tools.isEmpty() ? null : tools);
        }
        Revision revision = meta.revision() == null ? Revision.EMPTY : meta.revision();
        Revision edited = revision;
        JsonNode draft = fm.get("draft");
        if (draft != null && draft.isBoolean() && draft.booleanValue() != MarkdownFrontMatterWriter.isDraft(meta)) {
            edited = edited.withStatus(draft.booleanValue() ? ReviewStatus.DRAFTED : ReviewStatus.PUBLISHED);
        }
        // The writer gives the last review as both date and lastmod: whichever of them was edited is the new one.
        for (String key : List.of("lastmod", "date")) {
            LocalDate day = MarkdownFrontMatterReader.day(fm, key);
            if (day != null && !day.equals(revision.lastReviewed())) {
                edited = edited.withLastReviewed(day);
                break;
            }
        }
        if (!Objects.equals(edited, revision)) b.revision(edited);
        return b.build();
    }

    private static List<String> keptOf(List<String> items, List<String> tags) {
        return items == null ? new ArrayList<>() : new ArrayList<>(items.stream().filter(tags::contains).toList());
    }
}
