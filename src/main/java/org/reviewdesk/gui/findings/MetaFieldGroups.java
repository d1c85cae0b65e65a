package org.reviewdesk.gui.findings;

import java.util.List;
import java.util.Locale;

/**
 * Which group of the meta panel shows a meta field a finding names ({@code payload.paragraphs},
 * {@code image_sources[1]}, {@code revision.last_reviewed}), by the ids the panel gives its groups.
 */
public final class MetaFieldGroups {
    private static final List<String> CLASSIFICATION = List.of("stack", "tools", "code_language", "difficulty",
            "reading_time", "view_count");

    private MetaFieldGroups() {
    }

    /** The node id of the group, such as {@code meta-group-payload}; the summary group when unsure. */
    public static String groupId(String field) {
        String root = field.toLowerCase(Locale.ROOT).replaceAll("[.\\[].*", "");
        String group = switch (root) {
            case "ai_outline" -> "ai-outline";
            case "score" -> "scores";
            case "revision", "flags", "checklist", "entities", "payload", "notes" -> root;
            case "image_sources" -> "image-sources";
            default -> CLASSIFICATION.contains(root) ? "classification"
                    : List.of("title", "topic", "summary", "ai_brief", "reference", "hash").contains(root) ? "summary"
                    : "other-fields";
        };
        return "meta-group-" + group;
    }
}
