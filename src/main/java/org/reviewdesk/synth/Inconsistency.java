package org.reviewdesk.synth;

/**
 * A deliberate defect the synthesizer puts into a post, so that the editorial checks and the review queue
 * have something real to find. Each post records the defects it was given ({@link SynthesizedPost}).
 */
public enum Inconsistency {
    /** {@code payload.paragraphs} differs from the number of body paragraphs after the introduction. */
    WRONG_PARAGRAPH_COUNT,
    /** {@code reading time} is far from the body's length at 200 words a minute. */
    WRONG_READING_TIME,
    /** One sentence of the body appears twice. */
    REPEATED_SENTENCE,
    /** The meta box checklist differs from the body's "implementation checklist" items. */
    CHECKLIST_MISMATCH,
    /** An image of the body has no entry in {@code image sources}. */
    IMAGE_WITHOUT_SOURCE,
    /** An image points at a placeholder image service instead of a real picture. */
    PLACEHOLDER_IMAGE_HOST,
    /** A sentence is written in Unicode mathematical bold letters, as scraped social posts do. */
    PSEUDO_BOLD,
    /** Navigation or share-button lines from a scraped page sit between the paragraphs. */
    SCRAPE_DEBRIS
}
