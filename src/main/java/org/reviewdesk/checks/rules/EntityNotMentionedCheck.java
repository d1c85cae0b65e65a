package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.Meta;

/**
 * An entity, stack entry or tool of the meta box that neither the title nor the body mentions (case-insensitive, as a
 * whole word: "git" is not found in "digit"). Code counts as a mention: {@code from fastapi import FastAPI} does
 * mention FastAPI, and a tool shown only in a command is still shown. A name listed in several places is reported
 * once, at its first place.
 */
public final class EntityNotMentionedCheck implements Check {
    /** Compiled once: String.split and replaceAll compile their expression at every call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public static final String ID = "entity-not-mentioned";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        String text = (ctx.post().title() + "\n" + ctx.post().body()).toLowerCase(Locale.ROOT);
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        names(ctx.post().meta()).forEach((field, name) -> {
            String key = WHITESPACE.matcher(name.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
            if (key.isEmpty() || !seen.add(key) || mentions(text, key)) return;
            out.add(Finding.onMeta(ID, defaultSeverity(),
                    "\"" + name.trim() + "\" is listed in " + field + " but the post never mentions it: mention it where "
                            + "it matters, or remove it from the meta box.", field));
        });
        return out;
    }

    /** Field path to name, in the order of the meta box: entities first, then stack, then tools. */
    private static Map<String, String> names(Meta meta) {
        Map<String, String> out = new LinkedHashMap<>();
        List<Entity> entities = meta.entities() == null ? List.of() : meta.entities();
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).name() != null) out.put("entities[" + i + "].name", entities.get(i).name());
        }
        List<String> stack = meta.stack() == null ? List.of() : meta.stack();
        for (int i = 0; i < stack.size(); i++) out.put("stack[" + i + "]", stack.get(i));
        List<String> tools = meta.tools() == null ? List.of() : meta.tools();
        for (int i = 0; i < tools.size(); i++) out.put("tools[" + i + "]", tools.get(i));
        return out;
    }

    static boolean mentions(String lowerText, String lowerName) {
        // letters, digits and '_' bound a word; "node.js" or "c++" keep their punctuation inside the name
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(lowerName).replace(" ", "\\E\\s+\\Q")
                + "(?![\\p{L}\\p{N}_])");
        return p.matcher(lowerText).find();
    }
}
