package org.reviewdesk.formats.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reviewdesk.formats.GeneratedReference;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.formats.PostReader;
import org.reviewdesk.formats.SourceText;
import org.reviewdesk.formats.json.JsonFieldException;
import org.reviewdesk.formats.json.JsonLines;
import org.reviewdesk.formats.json.MetaJson;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.validation.FieldProblem;
import org.reviewdesk.model.validation.MetaRules;

/**
 * Reads Markdown with YAML front matter. With a {@code review_desk} key (what
 * {@link MarkdownFrontMatterWriter} writes) the meta box comes from it, and a Hugo key that no longer says what the
 * writer derived from it was edited by hand and wins ({@link EditedSiteKeys}); a plain Hugo or Jekyll post maps its own keys: title, description as the summary, tags
 * as the stack, draft as the status, lastmod (or date) as the last review; other keys are kept in extra.
 */
public final class MarkdownFrontMatterReader implements PostReader {
    static final String REFERENCE_PREFIX = "md";
    private static final Set<String> HUGO_KEYS = Set.of("title", "date", "lastmod", "draft", "tags", "description",
            FrontMatter.META_KEY);

    @Override
    public List<Post> read(String text, String fileName) throws PostFormatException {
        String[] lines = SourceText.clean(text).split("\n", -1);
        if (!lines[0].strip().equals(FrontMatter.FENCE)) {
            return List.of(plainMarkdown(lines, fileName));
        }
        int close = 1;
        // At the start of the line, as YAML has it: an indented '---' is a line of a value (a note written as a block).
        while (close < lines.length && !lines[close].stripTrailing().equals(FrontMatter.FENCE)) close++;
        if (close == lines.length) {
            throw new PostFormatException(fileName, 1, "the front matter is never closed (expected a line '---' after it)");
        }
        // The line end before the closing '---' belongs to the front matter: without it the last block scalar ends at the
        // end of the stream, and its final line end (`|`) or trailing blank lines (`|+`) were lost.
        String yaml = String.join("\n", Arrays.asList(lines).subList(1, close)) + "\n";
        JsonNode fm = parse(yaml, fileName);
        try {
            return List.of(post(fm, body(lines, close + 1)));
        } catch (JsonFieldException e) {
            // +1: the front matter starts on the line after the opening '---'
            int line = JsonLines.lineOf(FrontMatter.MAPPER.getFactory(), yaml, e.pointer());
            throw new PostFormatException(fileName, line + 1, e.reason());
        }
    }

    /**
     * Markdown without front matter (a README, a note): the first heading is the title and the rest the body;
     * with no heading, the file's name is the title. It becomes a draft that needs a review.
     */
    private static Post plainMarkdown(String[] lines, String fileName) {
        int heading = -1;
        for (int i = 0; i < lines.length && heading < 0; i++) {
            if (lines[i].matches("#{1,6}\\s+\\S.*")) heading = i;
            else if (!lines[i].isBlank()) break;
        }
        String title;
        String body;
        if (heading >= 0) {
            title = lines[heading].replaceFirst("#{1,6}\\s+", "").replaceFirst("\\s+#+\\s*$", "").strip();
            body = body(lines, heading + 1);
        } else {
            String name = java.nio.file.Path.of(fileName).getFileName().toString();
            title = name.replaceFirst("\\.[^.]+$", "");
            body = body(lines, 0);
        }
        Meta meta = Meta.builder().reference(GeneratedReference.of(REFERENCE_PREFIX, title, body))
                .revision(new org.reviewdesk.model.Revision(ReviewStatus.DRAFTED, null, null))
                .flags(new org.reviewdesk.model.Flags(null, null, null, true)).build();
        return new Post(title, body, meta);
    }

    private static JsonNode parse(String yaml, String fileName) throws PostFormatException {
        try {
            YamlAliases.refuse(yaml, fileName);
            JsonNode fm = FrontMatter.MAPPER.readTree(yaml);
            if (fm == null || !fm.isObject()) {
                throw new PostFormatException(fileName, 2, "expected front matter of 'key: value' lines with a title");
            }
            return fm;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + 1;
            PostFormatException aliasKey = YamlAliases.asKey(e, fileName, line);
            if (aliasKey != null) throw aliasKey;
            throw new PostFormatException(fileName, line, "not valid YAML front matter: " + yamlReason(e), e);
        }
    }

    /**
     * The parser's own words without its position lines and source excerpt, which count lines from the
     * start of the YAML rather than of the file and would contradict the line of the error.
     */
    private static String yamlReason(JsonProcessingException e) {
        return String.join("; ", e.getOriginalMessage().lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.contains(" in 'reader'"))
                .toList());
    }

    /** The body as written: one blank line after the front matter and the final line end belong to the file. */
    private static String body(String[] lines, int from) {
        int start = from < lines.length && lines[from].isEmpty() ? from + 1 : from;
        String body = start >= lines.length ? "" : String.join("\n", Arrays.asList(lines).subList(start, lines.length));
        return body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
    }

    private static Post post(JsonNode fm, String body) throws JsonFieldException {
        String title = title(fm);
        Map<String, Object> unknown = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = fm.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!HUGO_KEYS.contains(e.getKey()) && !e.getValue().isNull()) unknown.put(e.getKey(), plain(e.getValue()));
        }
        // A site post's lastmod is its last review; its date, then, has no field of the meta box, and is kept.
        if (!fm.has(FrontMatter.META_KEY) && fm.hasNonNull("lastmod") && fm.hasNonNull("date")) {
            unknown.put("date", plain(fm.get("date")));
        }
        Meta meta = fm.has(FrontMatter.META_KEY)
                ? EditedSiteKeys.apply(fm, MetaJson.read(fm.get(FrontMatter.META_KEY), "/" + FrontMatter.META_KEY))
                : siteMeta(fm);
        Map<String, Object> extra = new LinkedHashMap<>(meta.extra());
        unknown.forEach(extra::putIfAbsent);
        Meta.Builder b = meta.toBuilder().extra(extra);
        if (meta.reference() == null || meta.reference().isBlank()) {
            b.reference(GeneratedReference.of(REFERENCE_PREFIX, title, body));
        }
        return new Post(title, body, b.build());
    }

    /**
     * The title as written, empty too: the model keeps a post without one (a WordPress post may have none) and its rules
     * report it as required, so the writer's own {@code title: ""} must read back. {@code title:} with no value is a site
     * file's way of saying the same. Only a missing key, or a list or map, is refused.
     */
    private static String title(JsonNode fm) throws JsonFieldException {
        JsonNode title = fm.get("title");
        if (title == null) throw new JsonFieldException("", "expected a 'title' key in the front matter (title: \"\" for none)");
        if (!title.isValueNode()) throw new JsonFieldException("/title", "expected the title as text, found a list or a map");
        return title.isNull() ? "" : title.asText();
    }

    /** The meta box of a plain Hugo or Jekyll post, from the keys such a site knows. */
    private static Meta siteMeta(JsonNode fm) throws JsonFieldException {
        Meta.Builder b = Meta.builder();
        JsonNode description = fm.get("description");
        if (description != null && description.isValueNode() && !description.isNull()) b.summary(description.asText());
        b.stack(tags(fm.get("tags")));
        ReviewStatus status = null;
        JsonNode draft = fm.get("draft");
        if (draft != null && !draft.isNull()) {
            if (!draft.isBoolean()) throw new JsonFieldException("/draft", "expected draft: true or false, found " + draft);
            status = draft.booleanValue() ? ReviewStatus.DRAFTED : ReviewStatus.PUBLISHED;
        }
        java.time.LocalDate reviewed = lastChanged(fm);
        if (status != null || reviewed != null) b.revision(new Revision(status, null, reviewed));
        return b.build();
    }

    /** The day of lastmod, else of date: the last review; null when the front matter has neither. */
    static java.time.LocalDate lastChanged(JsonNode fm) throws JsonFieldException {
        return day(fm, fm.hasNonNull("lastmod") ? "lastmod" : "date");
    }

    /** The day a date key of the front matter gives; null when it has none. */
    static java.time.LocalDate day(JsonNode fm, String key) throws JsonFieldException {
        JsonNode date = fm.get(key);
        if (date == null || date.isNull()) return null;
        // Hugo dates may carry a time (2022-01-06T10:00:00Z), Jekyll's after a space (2022-07-04 09:00:00 -0500);
        // the day is what the meta box keeps.
        String raw = date.asText().strip();
        String day = raw.length() > 10 && (raw.charAt(10) == 'T' || raw.charAt(10) == ' ') ? raw.substring(0, 10) : raw;
        List<FieldProblem> problems = MetaFields.REVISION_LAST_REVIEWED.check(day);
        if (!problems.isEmpty()) throw new JsonFieldException("/" + key, key + ": " + problems.get(0).message());
        return MetaRules.parseDate(day);
    }

    /** Hugo tags are a list; Jekyll also allows one string of words separated by spaces. */
    static List<String> tags(JsonNode tags) throws JsonFieldException {
        if (tags == null || tags.isNull()) return null;
        List<String> out = new ArrayList<>();
        if (tags.isValueNode()) {
            for (String t : tags.asText().trim().split("\\s+")) if (!t.isEmpty()) out.add(t);
        } else if (tags.isArray()) {
            for (JsonNode t : tags) {
                if (!t.isValueNode()) throw new JsonFieldException("/tags", "expected tags as a list of words");
                if (!out.contains(t.asText())) out.add(t.asText());
            }
        } else {
            throw new JsonFieldException("/tags", "expected tags as a list of words");
        }
        return out;
    }

    /** Another key of the front matter, kept in extra: text as it is, a list of text as a list, else YAML's JSON. */
    private static Object plain(JsonNode v) {
        if (v.isValueNode()) return v.asText();
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : v) {
                if (!item.isValueNode()) return v.toString();
                items.add(item.asText());
            }
            return items;
        }
        return v.toString();
    }
}
