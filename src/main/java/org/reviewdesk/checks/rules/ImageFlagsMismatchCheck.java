package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.meta.MetaFields;

/**
 * The {@code has_images} and {@code image_heavy} flags against the body. {@code has_images} must say whether the body
 * has an image. For {@code image_heavy} only clear contradictions count: set with fewer than
 * {@value #LIGHT_BELOW} images, or clear with {@value #HEAVY_FROM} images or more. An absent flag is not judged.
 */
public final class ImageFlagsMismatchCheck implements Check {
    public static final String ID = "image-flags-mismatch";
    static final int LIGHT_BELOW = 2;
    static final int HEAVY_FROM = 5;

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
        Flags flags = ctx.post().meta().flagsOrEmpty();
        int images = ctx.body().images().size();
        List<Finding> out = new ArrayList<>();
        Boolean hasImages = flags.hasImages();
        if (hasImages != null && hasImages != (images > 0)) {
            out.add(Finding.onMeta(ID, defaultSeverity(), hasImages
                            ? "flags.has_images is set but the body has no image: clear the flag, or add the image."
                            : "flags.has_images is clear but the body has " + count(images) + ": set the flag.",
                    MetaFields.FLAG_HAS_IMAGES.path()).withQuickFix(new QuickFix(hasImages ? "Clear has_images" : "Set has_images",
                    post -> withFlags(post, f -> new Flags(f.aiGeneratedStyle(), imagesIn(post) > 0, f.imageHeavy(),
                            f.needsHumanReview())))));
        }
        Boolean heavy = flags.imageHeavy();
        if (Boolean.TRUE.equals(heavy) && images < LIGHT_BELOW || Boolean.FALSE.equals(heavy) && images >= HEAVY_FROM) {
            boolean set = heavy;
            out.add(Finding.onMeta(ID, defaultSeverity(), set
                            ? "flags.image_heavy is set but the body has only " + count(images) + ": clear the flag."
                            : "flags.image_heavy is clear but the body has " + count(images) + ": set the flag.",
                    MetaFields.FLAG_IMAGE_HEAVY.path()).withQuickFix(new QuickFix(set ? "Clear image_heavy" : "Set image_heavy",
                    post -> withFlags(post, f -> new Flags(f.aiGeneratedStyle(), f.hasImages(), !set,
                            f.needsHumanReview())))));
        }
        return out;
    }

    private static String count(int images) {
        return images == 0 ? "no image" : images == 1 ? "1 image" : images + " images";
    }

    private static int imagesIn(Post post) {
        return BodyStructure.of(post.body()).images().size();
    }

    private static Post withFlags(Post post, java.util.function.UnaryOperator<Flags> change) {
        return post.withMeta(post.meta().toBuilder().flags(change.apply(post.meta().flagsOrEmpty())).build());
    }
}
