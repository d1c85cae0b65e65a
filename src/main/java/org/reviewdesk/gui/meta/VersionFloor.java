package org.reviewdesk.gui.meta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.validation.FieldProblem;
import org.reviewdesk.model.validation.MetaRules;

/**
 * The highest version the open post has had, its own or one of its revisions': the form takes no lower one, as
 * {@code review-desk set} takes none ({@link MetaRules#notBelow}). A lower version typed in the field is shown with
 * its problem and kept as a draft, while the meta box keeps the version last saved, as for any value that breaks its
 * field's rule.
 */
final class VersionFloor {
    static final String FIELD = org.reviewdesk.model.meta.MetaFields.REVISION_VERSION.path();

    private SemVer highest;

    /** Null: no floor (no post open, or it never had a version, or the library has not answered yet). */
    void set(SemVer highestVersion) {
        highest = highestVersion;
    }

    List<FieldProblem> problems(Map<String, StringProperty> texts) {
        return MetaRules.notBelow(FIELD, texts.get(FIELD).get(), highest);
    }

    /** {@code meta} with the version of {@code base} when the field holds one below the floor. */
    Meta kept(Meta meta, Meta base, Map<String, StringProperty> texts) {
        if (problems(texts).isEmpty()) return meta;
        return meta.toBuilder().revision(meta.revisionOrEmpty().withVersion(base.revisionOrEmpty().version())).build();
    }

    /** {@code drafts} with the field's text when it is below the floor. */
    FieldDrafts drafts(FieldDrafts drafts, Map<String, StringProperty> texts) {
        if (problems(texts).isEmpty()) return drafts;
        Map<String, String> all = new LinkedHashMap<>(drafts.byField());
        all.put(FIELD, texts.get(FIELD).get());
        return new FieldDrafts(all);
    }
}
