package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.BodyStructure.Checklist;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.meta.MetaFields;

/**
 * The items of the body's checklist section differ from {@code checklist} in the meta box. Items compare case,
 * spacing and a final full stop aside. When the body has the section, the fix copies its items into the meta box:
 * the body is what readers see.
 */
public final class ChecklistMismatchCheck implements Check {
    public static final String ID = "checklist-mismatch";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<String> meta = ctx.post().meta().checklist();
        Optional<Checklist> section = ctx.body().checklist();
        if (section.isEmpty()) {
            if (meta == null || meta.isEmpty()) return List.of();
            return List.of(Finding.onMeta(ID, defaultSeverity(),
                    "The meta checklist has " + meta.size() + " items but the body has no checklist section: add an "
                            + "\"implementation checklist\" section with them, or clear the meta checklist.",
                    MetaFields.CHECKLIST_ITEMS.path()));
        }
        Checklist body = section.get();
        List<String> inBody = normalized(body.texts());
        List<String> inMeta = meta == null ? List.of() : normalized(meta);
        if (inBody.equals(inMeta)) return List.of();
        return List.of(new Finding(ID, defaultSeverity(), describe(inBody, inMeta, meta == null), body.headingLine(),
                -1, -1, MetaFields.CHECKLIST_ITEMS.path(), Optional.of(new QuickFix("Copy the body's checklist into the meta box", post ->
                BodyStructure.of(post.body()).checklist()
                        .map(c -> post.withMeta(post.meta().toBuilder().checklist(c.texts()).build()))
                        .orElse(post)))));
    }

    private static String describe(List<String> inBody, List<String> inMeta, boolean metaAbsent) {
        if (metaAbsent) {
            return "The body's checklist has " + inBody.size() + " items but the meta box has no checklist: copy them there.";
        }
        List<String> onlyInBody = new ArrayList<>(inBody);
        onlyInBody.removeAll(inMeta);
        List<String> onlyInMeta = new ArrayList<>(inMeta);
        onlyInMeta.removeAll(inBody);
        if (onlyInBody.isEmpty() && onlyInMeta.isEmpty()) {
            return "The body's checklist and the meta checklist have the same items in a different order: make them agree.";
        }
        StringBuilder sb = new StringBuilder("The body's checklist and the meta checklist differ");
        if (!onlyInBody.isEmpty()) sb.append("; only in the body: ").append(quoted(onlyInBody));
        if (!onlyInMeta.isEmpty()) sb.append("; only in the meta box: ").append(quoted(onlyInMeta));
        return sb.append(". Make them agree.").toString();
    }

    private static String quoted(List<String> items) {
        return String.join(", ", items.stream().map(i -> "\"" + i + "\"").toList());
    }

    private static List<String> normalized(List<String> items) {
        return items.stream()
                .map(i -> i.trim().replaceAll("\\s+", " ").replaceAll("[.;,]+$", "").toLowerCase(Locale.ROOT))
                .toList();
    }
}
