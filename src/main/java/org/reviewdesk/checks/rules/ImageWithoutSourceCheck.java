package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.checks.BodyStructure.Image;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.meta.MetaFields;

/** An image of the body that no {@code image_sources} entry describes (by URL or caption): its origin is unknown. */
public final class ImageWithoutSourceCheck implements Check {
    public static final String ID = "image-without-source";

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
        List<ImageSource> sources = ctx.post().meta().imageSources() == null ? List.of() : ctx.post().meta().imageSources();
        List<Finding> out = new ArrayList<>();
        for (Image image : ctx.body().images()) {
            if (!ImageMatching.anyMatch(image, sources)) {
                out.add(Finding.inBody(ID, defaultSeverity(),
                        "The image \"" + image.caption() + "\" has no entry in image_sources: add its source, URL and "
                                + "caption, or remove the image.",
                        image.line(), image.start(), image.end()).withMetaField(MetaFields.IMAGE_SOURCE_LIST_FIELD.path()));
            }
        }
        return out;
    }
}
