package org.reviewdesk.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.ImageSource;

/**
 * A post's lists as the JSON arrays that post_body keeps beside the body (migration V4): strings for stack, tools,
 * checklist and notes, objects with the record's fields for entities and image sources. Written and read with
 * Jackson's streaming API, without a data binding: these run for every post an import writes.
 */
final class ListColumns {
    private static final JsonFactory JSON = new JsonFactory();

    private ListColumns() {
    }

    static String strings(List<String> values) {
        if (values == null) return null;
        return write(g -> {
            for (String v : values) g.writeString(v);
        });
    }

    static String entities(List<Entity> values) {
        if (values == null) return null;
        return write(g -> {
            for (Entity e : values) {
                g.writeStartObject();
                g.writeStringField("name", e.name());
                g.writeStringField("type", e.type());
                g.writeEndObject();
            }
        });
    }

    static String imageSources(List<ImageSource> values) {
        if (values == null) return null;
        return write(g -> {
            for (ImageSource s : values) {
                g.writeStartObject();
                g.writeStringField("source", s.source());
                g.writeStringField("url", s.url());
                g.writeStringField("caption", s.caption());
                g.writeEndObject();
            }
        });
    }

    /** The strings of a column; an absent column (a list with no entries written before V4) is an empty list. */
    static List<String> readStrings(String json, String column) {
        List<String> out = new ArrayList<>();
        read(json, column, p -> out.add(p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText()));
        return out;
    }

    static List<Entity> readEntities(String json, String column) {
        List<Entity> out = new ArrayList<>();
        read(json, column, p -> {
            String[] f = fields(p, column, "name", "type");
            out.add(new Entity(f[0], f[1]));
        });
        return out;
    }

    static List<ImageSource> readImageSources(String json, String column) {
        List<ImageSource> out = new ArrayList<>();
        read(json, column, p -> {
            String[] f = fields(p, column, "source", "url", "caption");
            out.add(new ImageSource(f[0], f[1], f[2]));
        });
        return out;
    }

    private interface Elements {
        void write(JsonGenerator g) throws IOException;
    }

    private interface Element {
        void read(JsonParser p) throws IOException;
    }

    private static String write(Elements elements) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            elements.write(g);
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void read(String json, String column, Element element) {
        if (json == null) return;
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) throw damaged(column, json);
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() == null) throw damaged(column, json);
                element.read(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the library's post_body." + column + " is not a JSON array: "
                    + e.getMessage(), e);
        }
    }

    /** The named fields of the object at the parser, in the order of {@code names}; missing ones are null. */
    private static String[] fields(JsonParser p, String column, String... names) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) throw new IOException("expected an object in " + column);
        String[] values = new String[names.length];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) values[i] = value == JsonToken.VALUE_NULL ? null : p.getText();
            }
            if (value.isStructStart()) p.skipChildren();
        }
        return values;
    }

    private static IllegalStateException damaged(String column, String json) {
        String head = json.length() > 60 ? json.substring(0, 60) + "…" : json;
        return new IllegalStateException("the library's post_body." + column + " is not a JSON array: " + head);
    }
}
