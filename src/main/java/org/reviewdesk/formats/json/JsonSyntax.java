package org.reviewdesk.formats.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Pattern;

/**
 * Why a text is not JSON, in words for the person who has to fix the file. The parser's own message names its
 * internals when it mentions a position ("[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`
 * disabled); line: 1, column: 36]"); here a position is a line and a column, and a file that stops short says so.
 */
public final class JsonSyntax {
    private static final Pattern START_MARKER = Pattern.compile(
            "\\s*\\(start marker at \\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern LOCATION = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private JsonSyntax() {
    }

    /** The reason, without the line of the error itself, which the caller reports as the error's line. */
    public static String reason(JsonProcessingException e) {
        if (e instanceof JsonEOFException && e.getProcessor() instanceof JsonParser parser) {
            JsonStreamContext open = parser.getParsingContext();
            if (open != null && !open.inRoot()) {
                boolean object = open.inObject();
                return String.format("the file ends inside the %s opened on line %d (expected the rest of it and its"
                        + " closing '%s': is the file cut short?)", object ? "object" : "array",
                        open.startLocation(ContentReference.unknown()).getLineNr(), object ? "}" : "]");
            }
        }
        String message = String.valueOf(e.getOriginalMessage());
        message = START_MARKER.matcher(message).replaceAll(" (opened on line $1, column $2)");
        return LOCATION.matcher(message).replaceAll("line $1, column $2");
    }
}
