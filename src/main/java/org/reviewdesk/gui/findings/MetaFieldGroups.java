package org.reviewdesk.gui.findings;

import java.util.Locale;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.meta.MetaGroup;

/**
 * Which group of the meta panel shows a meta field a finding names ({@code payload.paragraphs},
 * {@code image_sources[1]}, {@code revision.last_reviewed}), by the ids the panel gives its groups.
 */
public final class MetaFieldGroups {
    private MetaFieldGroups() {
    }

    /** The node id of the group, such as {@code meta-group-payload}; the other fields' group when unsure. */
    public static String groupId(String field) {
        String root = field.toLowerCase(Locale.ROOT).replaceAll("[.\\[].*", "");
        return groupId(MetaFields.groupOf(root));
    }

    /** The node id the meta panel gives a group's pane: {@code meta-group-image-sources}. */
    public static String groupId(MetaGroup group) {
        return "meta-group-" + group.title().toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
