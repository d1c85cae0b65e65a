package org.reviewdesk.gui.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.validation.FieldProblem;
import org.reviewdesk.model.validation.MetaRules;

/**
 * The form's problems: the hard rules of {@link MetaRules} on the text as typed (a parsed {@link Meta} cannot
 * hold a score of 150), then the rules {@link MetaRules#check} applies to a whole post. No rule is written here.
 */
final class MetaProblems {
    private static final int SUMMARY_FIELDS = 3;

    private MetaProblems() {
    }

    /** The text fields whose value the meta box holds parsed, each with its hard rule, in the order problems are listed. */
    private static final Map<String, Function<String, List<FieldProblem>>> HARD_RULES = hardRules();

    private static Map<String, Function<String, List<FieldProblem>>> hardRules() {
        Map<String, Function<String, List<FieldProblem>>> rules = new LinkedHashMap<>();
        for (String f : MetaPanelViewModel.SCORE_FIELDS) rules.put(f, raw -> MetaRules.score(f, raw));
        rules.put("reading_time", MetaRules::readingTime);
        rules.put("view_count", MetaRules::viewCount);
        rules.put("revision.version", raw -> MetaRules.version("revision.version", raw));
        rules.put("revision.last_reviewed", raw -> MetaRules.date("revision.last_reviewed", raw));
        rules.put("payload.paragraphs", raw -> MetaRules.nonNegativeWholeNumber("payload.paragraphs", raw, Integer.MAX_VALUE));
        rules.put("payload.seed", raw -> MetaRules.nonNegativeWholeNumber("payload.seed", raw, Long.MAX_VALUE));
        return Collections.unmodifiableMap(rules);
    }

    static List<FieldProblem> of(Map<String, StringProperty> texts, String title, Meta meta, List<String> extraKeys) {
        List<FieldProblem> out = new ArrayList<>();
        HARD_RULES.forEach((field, rule) -> out.addAll(rule.apply(texts.get(field).get())));
        out.addAll(MetaRules.check(new Post(title, "", meta)));
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
        for (String field : MetaPanelViewModel.TEXT_FIELDS) {
            Function<String, List<FieldProblem>> rule = HARD_RULES.get(field);
            String raw = texts.get(field).get();
            if (rule != null && !rule.apply(raw).isEmpty()) drafts.put(field, raw);
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
