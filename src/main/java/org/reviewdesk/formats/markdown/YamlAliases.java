package org.reviewdesk.formats.markdown;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.reviewdesk.formats.PostFormatException;

/**
 * Refuses a front matter that uses a YAML alias ({@code *defaults}, and so a merge {@code <<: *defaults}). The
 * parser hands an alias over as the anchor's name, so {@code other: *defaults} was imported as the text "defaults";
 * it exposes no anchor on a single value, and its replaying parser drops aliases nested in an anchored value, so
 * aliases cannot be resolved faithfully here. A clear refusal at the line beats a post with the wrong values.
 */
final class YamlAliases {
    private YamlAliases() {
    }

    /** Throws at the first alias of {@code yaml}, the front matter that starts on line 2 of {@code fileName}. */
    static void refuse(String yaml, String fileName) throws PostFormatException, JsonProcessingException {
        if (yaml.indexOf('*') < 0) return;
        try (JsonParser p = FrontMatter.MAPPER.createParser(yaml)) {
            while (p.nextToken() != null) {
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    throw refusal(fileName, p.currentTokenLocation().getLineNr() + 1, p.getText());
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("a String cannot fail to read", e);
        }
    }

    /** An alias where a key belongs, which the parser reports in its own terms ({@code AliasEvent(anchor=k)}). */
    static PostFormatException asKey(JsonProcessingException e, String fileName, int line) {
        String message = e.getOriginalMessage();
        int at = message == null ? -1 : message.indexOf("AliasEvent(anchor=");
        if (at < 0) return null;
        String name = message.substring(at + "AliasEvent(anchor=".length()).replaceFirst("\\).*", "");
        return refusal(fileName, line, name);
    }

    private static PostFormatException refusal(String fileName, int line, String anchor) {
        return new PostFormatException(fileName, line, "a YAML alias (*" + anchor + ") is not read: expected the value"
                + " written out here (anchors' aliases and '<<' merges are not expanded)");
    }
}
