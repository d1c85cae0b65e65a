package org.reviewdesk.synth;

/**
 * How a synthesized library is mixed. Each share is the probability, per post, drawn from the post's own
 * random source:
 *
 * @param inconsistentShare a post gets one {@link Inconsistency} (and, three times in ten, a second one)
 * @param flaggedShare      a post is flagged "needs human review"
 * @param imageShare        a post has images (one to three)
 * @param codeShare         a post has a fenced code block
 */
public record SynthProfile(double inconsistentShare, double flaggedShare, double imageShare, double codeShare) {
    /** A quarter of the posts inconsistent, about 15% flagged, as a real review backlog looks. */
    public static final SynthProfile DEFAULT = new SynthProfile(0.25, 0.15, 0.30, 0.40);

    /** Every post consistent: for tests and benchmarks that need clean input. */
    public static final SynthProfile CONSISTENT = new SynthProfile(0, 0.15, 0.30, 0.40);

    public SynthProfile {
        check("inconsistentShare", inconsistentShare);
        check("flaggedShare", flaggedShare);
        check("imageShare", imageShare);
        check("codeShare", codeShare);
    }

    private static void check(String name, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " is " + share + " (expected a share from 0 to 1)");
        }
    }
}
