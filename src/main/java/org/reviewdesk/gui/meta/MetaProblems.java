package org.reviewdesk.gui.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;
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

    static List<FieldProblem> of(Map<String, StringProperty> texts, String title, Meta meta, List<String> extraKeys) {
        List<FieldProblem> out = new ArrayList<>();
        for (String f : MetaPanelViewModel.SCORE_FIELDS) out.addAll(MetaRules.score(f, texts.get(f).get()));
        out.addAll(MetaRules.readingTime(texts.get("reading_time").get()));
        out.addAll(MetaRules.viewCount(texts.get("view_count").get()));
        out.addAll(MetaRules.version("revision.version", texts.get("revision.version").get()));
        out.addAll(MetaRules.date("revision.last_reviewed", texts.get("revision.last_reviewed").get()));
        out.addAll(MetaRules.nonNegativeWholeNumber("payload.paragraphs", texts.get("payload.paragraphs").get(),
                Integer.MAX_VALUE));
        out.addAll(MetaRules.nonNegativeWholeNumber("payload.seed", texts.get("payload.seed").get(), Long.MAX_VALUE));
        out.addAll(MetaRules.check(new Post(title, "", meta)));
        for (int i = 0; i < extraKeys.size(); i++) out.addAll(MetaRules.required("extra[" + i + "].key", extraKeys.get(i)));
        out.addAll(MetaRules.noDuplicates("extra", extraKeys.stream().map(String::valueOf).toList()));
        return out;
    }

    /** "2 problems: score.freshness, revision.version", naming the first few fields. */
    static String summary(List<FieldProblem> problems) {
        if (problems.isEmpty()) return "";
        String fields = problems.stream().limit(SUMMARY_FIELDS).map(FieldProblem::field).collect(Collectors.joining(", "));
        return problems.size() + (problems.size() == 1 ? " problem: " : " problems: ") + fields
                + (problems.size() > SUMMARY_FIELDS ? " \u2026" : "");
    }
}
