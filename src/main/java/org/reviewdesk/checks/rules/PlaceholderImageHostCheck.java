package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reviewdesk.checks.BodyStructure.Image;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.meta.MetaFields;

/**
 * Images from placeholder or stock hosts (the configured list): a placeholder must be replaced before publishing, and a
 * stock picture's licence needs a look. Reported at the body image; an {@code image_sources} URL only when no body
 * image shows it, so one picture gives one finding.
 */
public final class PlaceholderImageHostCheck implements Check {
    public static final String ID = "placeholder-image-host";

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
        List<Finding> out = new ArrayList<>();
        Set<String> reportedUrls = new HashSet<>();
        for (Image image : ctx.body().images()) {
            String host = ImageMatching.host(image.url());
            if (ctx.settings().isPlaceholderHost(host)) {
                reportedUrls.add(image.url().trim());
                out.add(Finding.inBody(ID, defaultSeverity(), message(image.caption(), host),
                        image.line(), image.start(), image.end()));
            }
        }
        List<ImageSource> sources = ctx.post().meta().imageSources() == null ? List.of() : ctx.post().meta().imageSources();
        for (int i = 0; i < sources.size(); i++) {
            ImageSource source = sources.get(i);
            String host = ImageMatching.host(source.url());
            if (ctx.settings().isPlaceholderHost(host) && !reportedUrls.contains(source.url().trim())) {
                out.add(Finding.onMeta(ID, defaultSeverity(), message(source.caption(), host), MetaFields.IMAGE_SOURCE_LIST_FIELD.path() + "[" + i + "].url"));
            }
        }
        return out;
    }

    private static String message(String caption, String host) {
        String name = caption == null || caption.isBlank() ? "An image" : "The image \"" + caption + "\"";
        return name + " comes from " + host + ", a placeholder or stock host: replace it, or confirm its licence "
                + "allows this use.";
    }
}
