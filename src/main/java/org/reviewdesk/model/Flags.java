package org.reviewdesk.model;

/** The four flags; written 0/1 in alphanode text. Each may be absent (null). */
public record Flags(Boolean aiGeneratedStyle, Boolean hasImages, Boolean imageHeavy, Boolean needsHumanReview) {
    public static final Flags EMPTY = new Flags(null, null, null, null);

    public Flags withNeedsHumanReview(Boolean value) {
        return new Flags(aiGeneratedStyle, hasImages, imageHeavy, value);
    }

    /** True only when the flag is present and set. */
    public boolean needsReview() {
        return Boolean.TRUE.equals(needsHumanReview);
    }

    public boolean isEmpty() {
        return aiGeneratedStyle == null && hasImages == null && imageHeavy == null && needsHumanReview == null;
    }
}
