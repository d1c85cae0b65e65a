package org.reviewdesk.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.formats.json.JsonFieldException;
import org.reviewdesk.formats.json.MetaJson;
import org.reviewdesk.model.Post;

/** Puts one change of an older state of a post back into a newer one: one hunk of the body, or one meta field. */
final class TakeBack {
    private TakeBack() {
    }

    /** {@code current} with hunk {@code index} of the diff from {@code older} to it replaced by the older lines. */
    static Post hunk(Post older, Post current, int index) {
        List<RevisionDiff.Hunk> hunks = RevisionService.diff(older, current, "", "").hunks();
        if (index < 0 || index >= hunks.size()) {
            throw new IllegalArgumentException("there is no change " + (index + 1) + " in the body; it has "
                    + hunks.size() + (hunks.size() == 1 ? " change" : " changes"));
        }
        RevisionDiff.Hunk h = hunks.get(index);
        List<String> oldLines = lines(older.body());
        List<String> newLines = lines(current.body());
        List<String> out = new ArrayList<>(newLines.subList(0, h.rightStart()));
        out.addAll(oldLines.subList(h.leftStart(), h.leftStart() + h.leftCount()));
        out.addAll(newLines.subList(h.rightStart() + h.rightCount(), newLines.size()));
        return current.withBody(String.join("\n", out));
    }

    /** The property a path names: {@code stack[0]} names {@code stack}. */
    static String property(String path) {
        String p = path == null ? "" : path.strip();
        return p.contains("[") ? p.substring(0, p.indexOf('[')) : p;
    }

    /** Whether a property is the title, a field of the meta box, or a section of fields ({@code score}). */
    static boolean isField(String property) {
        if (property.equals("title")) return true;
        return org.reviewdesk.model.meta.MetaFields.ALL.stream().anyMatch(f -> f.path().equals(property)
                || f.path().startsWith(property + ".") || f.path().startsWith(property + "["));
    }

    /** The value of a property in a post, as the meta box's JSON holds it (the title as text). */
    static Object value(Post post, String property) {
        if (property.equals("title")) return post.title();
        JsonNode node = MetaJson.write(post.meta());
        for (String part : property.split("\\.")) node = node == null ? null : node.get(part);
        return node == null || node.isNull() ? null : node;
    }

    /**
     * {@code current} with the field at {@code path} (a path of {@link RevisionDiff.FieldChange}) as in {@code older};
     * an element of a list takes the whole list back.
     */
    static Post field(Post older, Post current, String path) {
        if (path.equals("title")) return current.withTitle(older.title());
        String property = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
        String[] parts = property.split("\\.");
        JsonNode from = MetaJson.write(older.meta());
        ObjectNode root = MetaJson.write(current.meta());
        ObjectNode into = root;
        for (int i = 0; i < parts.length - 1; i++) {
            from = from == null ? null : from.get(parts[i]);
            into = into.has(parts[i]) && into.get(parts[i]).isObject() ? (ObjectNode) into.get(parts[i])
                    : into.putObject(parts[i]);
        }
        String key = parts[parts.length - 1];
        JsonNode value = from == null ? null : from.get(key);
        if (value == null || value.isNull()) into.remove(key);
        else into.set(key, value.deepCopy());
        try {
            return current.withMeta(MetaJson.read(root, "meta"));
        } catch (JsonFieldException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) return List.of();
        return List.of(text.split("\n", -1));
    }
}
