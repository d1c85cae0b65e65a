package org.reviewdesk.checks.rules;

import java.util.List;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.meta.MetaFields;

/** {@code payload.paragraphs} differs from the body's paragraphs after the introduction; an absent count is not judged. */
public final class MetaParagraphsMismatchCheck implements Check {
    public static final String ID = "meta-paragraphs-mismatch";

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
        Meta meta = ctx.post().meta();
        Integer declared = meta.payloadOrEmpty().paragraphs();
        int computed = ctx.body().paragraphsAfterIntro();
        if (declared == null || declared == computed) return List.of();
        return List.of(Finding.onMeta(ID, defaultSeverity(),
                        "payload.paragraphs says " + declared + " but the body has " + computed
                                + " paragraphs after the introduction: use " + computed + ", or restore the missing paragraphs.",
                        MetaFields.PAYLOAD_PARAGRAPHS.path())
                .withQuickFix(new QuickFix("Use the computed count (" + computed + ")", post -> {
                    // counted again: the body may have changed since the check ran
                    int now = BodyStructure.of(post.body()).paragraphsAfterIntro();
                    Payload payload = post.meta().payloadOrEmpty();
                    return post.withMeta(post.meta().toBuilder().payload(payload.withParagraphs(now)).build());
                })));
    }
}
