package org.reviewdesk.model.meta;

import java.util.List;
import org.reviewdesk.model.validation.FieldProblem;

/** A rule of one field on the text given for it (see {@link org.reviewdesk.model.validation.MetaRules}). */
@FunctionalInterface
public interface FieldRule {
    /** The problems of {@code raw} as the value of {@code field}; none for an absent value (null). */
    List<FieldProblem> check(String field, String raw);
}
