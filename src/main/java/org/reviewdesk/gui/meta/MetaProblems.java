package org.reviewdesk.gui.meta;

import org.reviewdesk.model.meta.PostRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.validation.FieldProblem;
import org.reviewdesk.model.validation.MetaRules;

/**
 * The form's problems: the rules of the fields of {@link MetaFields} on the text as typed (a parsed {@link Meta} cannot
 * hold a score of 150), then the rules {@link MetaRules#check} applies to a whole post. No rule is written here.
 */
final class MetaProblems {
    private static final int SUMMARY_FIELDS = 3;

    private MetaProblems() {
    }

    /** The text fields whose value the meta box holds parsed, each with its rule, in the form's order. */
    private static final List<MetaField> HARD_RULES = MetaFields.FORM_ORDER.stream()
            .filter(f -> f.kind().isText() && f.hasRule()).toList();

    static List<FieldProblem> of(Map<String, StringProperty> texts, String title, Meta meta, List<String> extraKeys) {
        List<FieldProblem> out = new ArrayList<>();
        for (MetaField f : HARD_RULES) out.addAll(f.check(texts.get(f.path()).get()));
        out.addAll(PostRules.check(new Post(title, "", meta)));
        for (int i = 0; i < extraKeys.size(); i++) out.addAll(MetaRules.required("extra[" + i + "].key", extraKeys.get(i)));
        out.addAll(MetaRules.noDuplicates("extra", extraKeys.stream().map(String::valueOf).toList()));
        return out;
    }

    /**
     * The text of every field that breaks its hard rule, in the form's order: the meta box cannot hold it, so it is
     * saved beside it as a draft while the meta box keeps the field's last saved value.
     */
    static FieldDrafts drafts(Map<String, StringProperty> texts) {
        Map<String, String> drafts = new LinkedHashMap<>();
        for (MetaField f : HARD_RULES) {
            String raw = texts.get(f.path()).get();
            if (!f.check(raw).isEmpty()) drafts.put(f.path(), raw);
        }
        return new FieldDrafts(drafts);
    }

    /** "2 problems: score.freshness, revision.version", naming the first few fields. */
    static String summary(List<FieldProblem> problems) {
        if (problems.isEmpty()) return "";
        String fields = problems.stream().limit(SUMMARY_FIELDS).map(FieldProblem::field).collect(Collectors.joining(", "));
        return problems.size() + (problems.size() == 1 ? " problem: " : " problems: ") + fields
                + (problems.size() > SUMMARY_FIELDS ? " \u2026" : "");
    }
}
