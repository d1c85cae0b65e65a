package org.reviewdesk.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the line of a value in JSON or YAML text by its JSON pointer. A tree keeps no positions, so the
 * text is scanned again, only when an error has to be reported.
 */
public final class JsonLines {
    private JsonLines() {
    }

    /**
     * The 1-based line of the value at {@code pointer}, or of its nearest enclosing value when it is
     * absent (a missing field is reported at its object); 0 when the text cannot be scanned.
     */
    public static int lineOf(JsonFactory factory, String text, String pointer) {
        Map<JsonPointer, Integer> lines = new HashMap<>();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                JsonStreamContext ctx = p.getParsingContext();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) ctx = ctx.getParent();
                lines.putIfAbsent(ctx.pathAsPointer(), p.currentTokenLocation().getLineNr());
            }
        } catch (IOException | RuntimeException e) {
            // the tree was read from this text already; whatever was scanned still helps
        }
        for (JsonPointer ptr = JsonPointer.compile(pointer); ptr != null; ptr = ptr.head()) {
            Integer line = lines.get(ptr);
            if (line != null) return Math.max(line, 0);
        }
        return 0;
    }
}
