package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.meta.MetaFields;

/** An {@code image_sources} entry that no image of the body uses (by URL or caption): a lost picture or a stale entry. */
public final class SourceWithoutImageCheck implements Check {
    public static final String ID = "source-without-image";

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
        List<ImageSource> sources = ctx.post().meta().imageSources();
        if (sources == null) return List.of();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            ImageSource source = sources.get(i);
            if (!ImageMatching.anyMatch(source, ctx.body().images())) {
                String name = source.caption() != null ? "\"" + source.caption() + "\"" : source.url();
                out.add(Finding.onMeta(ID, defaultSeverity(),
                        "image_sources lists " + name + " but the body shows no such image: add the image "
                                + "![caption](url) to the body, or remove the entry.",
                        MetaFields.IMAGE_SOURCE_LIST_FIELD.path() + "[" + i + "]"));
            }
        }
        return out;
    }
}
