package org.reviewdesk.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reviewdesk.model.AiOutline;
import org.reviewdesk.model.Difficulty;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.SemVer;

/**
 * The full meta box of a synthesized post. Consistent values follow the body (checklist, paragraph count,
 * reading time at {@value #WORDS_PER_MINUTE} words a minute, image flags); the meta-level defects break
 * exactly one of those agreements each.
 */
final class MetaComposer {
    static final String GENERATOR = "review desk post synthesizer";
    static final int WORDS_PER_MINUTE = 200;
    /** Freshness is measured against a fixed day, not today, so that a seed gives the same library next year. */
    static final LocalDate FRESHNESS_REFERENCE = LocalDate.of(2025, 12, 31);
    private static final double LOG_MIN_VIEWS = Math.log(10);
    private static final double LOG_MAX_VIEWS = Math.log(2_000_000);
    private static final List<String> PRE_RELEASES = List.of("rc.1", "rc.2", "beta.1", "beta.3", "alpha.2");
    private static final List<ReviewStatus> STATUSES = List.of(ReviewStatus.DRAFTED, ReviewStatus.IN_REVIEW,
            ReviewStatus.REVIEWED, ReviewStatus.PUBLISHED);
    private static final List<Difficulty> DIFFICULTIES = List.of(Difficulty.BEGINNER, Difficulty.INTERMEDIATE,
            Difficulty.ADVANCED);

    private final SentencePools pools;

    MetaComposer(SentencePools pools) {
        this.pools = pools;
    }

    /** The reading time a consistent post states for its body. */
    static int readingTime(String body) {
        return Math.max(1, (BodyDraft.wordCount(body) + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    Meta compose(int index, Dice dice, Wording wording, StackProfile stack, BodyDraft body, List<Picture> pictures,
            Set<Inconsistency> defects, SynthProfile profile) {
        int number = index + 1;
        int paragraphs = body.paragraphCount();
        int readingTime = readingTime(body.markdown());
        List<String> checklist = body.checklist();
        if (defects.contains(Inconsistency.WRONG_PARAGRAPH_COUNT)) paragraphs = wrongCount(dice, paragraphs);
        if (defects.contains(Inconsistency.WRONG_READING_TIME)) readingTime += dice.between(4, 15);
        if (defects.contains(Inconsistency.CHECKLIST_MISMATCH)) checklist = differentChecklist(dice, checklist);

        int freshness = dice.between(0, 100);
        return Meta.builder()
                .topic(wording.problem() + " / " + stack.name())
                .summary(wording.fill(dice.pick(pools.pool("summaries"))))
                .aiOutline(new AiOutline(wording.scenario(), wording.problem(), stack.name(),
                        dice.pick(pools.pool("actions"))))
                .aiBrief(dice.pick(pools.pool("briefs")))
                .stack(List.of(stack.name(), stack.area(), stack.language()))
                .tools(stack.tools())
                .codeLanguage(stack.codeLanguage())
                .difficulty(DIFFICULTIES.get(dice.weighted(40, 40, 20)))
                .readingTime(readingTime)
                .viewCount((long) Math.exp(LOG_MIN_VIEWS + dice.unit() * (LOG_MAX_VIEWS - LOG_MIN_VIEWS)))
                .score(new Score(dice.between(35, 100), freshness, dice.between(35, 100), dice.between(35, 100)))
                .revision(revision(dice, freshness))
                .reference("anp-ref-" + zeroPadded(number, 6) + "-" + zeroPadded(dice.below(10_000), 4))
                .hash(ImageUrls.hex(dice.nextLong(), 16) + ImageUrls.hex(dice.nextLong(), 8))
                .flags(new Flags(dice.chance(0.9), !pictures.isEmpty(), pictures.size() >= 3,
                        dice.chance(profile.flaggedShare())))
                .checklist(checklist)
                .entities(entities(dice, wording, stack))
                .imageSources(imageSources(dice, pictures, defects))
                .payload(new Payload("alphanode-" + zeroPadded(number, 6), GENERATOR, paragraphs,
                        wording.scenario(), (long) number))
                .notes(PostComposer.distinct(dice, pools.pool("notes"), dice.between(1, 3)))
                .build();
    }

    /** String.format is slow enough to show in a 100,000-post run. */
    static String zeroPadded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static int wrongCount(Dice dice, int actual) {
        int delta = dice.between(1, 3);
        return actual > delta && dice.chance(0.5) ? actual - delta : actual + delta;
    }

    /** Either one item replaced by an item the body does not have, or one item left out. */
    private List<String> differentChecklist(Dice dice, List<String> items) {
        List<String> changed = new ArrayList<>(items);
        if (changed.size() > 3 && dice.chance(0.5)) {
            changed.remove(dice.below(changed.size()));
            return changed;
        }
        String other;
        do {
            other = dice.pick(pools.pool("checklist"));
        } while (changed.contains(other));
        changed.set(dice.below(changed.size()), other);
        return changed;
    }

    /** Older reviews for staler posts: a freshness of 100 was reviewed this month, 0 about ten years ago. */
    private static Revision revision(Dice dice, int freshness) {
        SemVer version;
        if (dice.chance(0.06)) {
            version = SemVer.parse(dice.between(1, 3) + "." + (dice.chance(0.5) ? 0 : dice.between(1, 9)) + ".0-"
                    + dice.pick(PRE_RELEASES));
        } else {
            version = SemVer.of(dice.weighted(15, 55, 20, 10), dice.between(0, 9), dice.between(0, 12));
        }
        LocalDate reviewed = FRESHNESS_REFERENCE.minusDays((100L - freshness) * 36 + dice.below(36));
        return new Revision(STATUSES.get(dice.weighted(50, 20, 15, 15)), version, reviewed);
    }

    private static List<Entity> entities(Dice dice, Wording wording, StackProfile stack) {
        List<Entity> entities = new ArrayList<>(4);
        entities.add(new Entity(stack.name(), "stack"));
        entities.add(new Entity(stack.area(), "area"));
        entities.add(new Entity(wording.problem(), "problem"));
        if (dice.chance(0.5)) entities.add(new Entity(dice.pick(stack.tools()), "tool"));
        return entities;
    }

    /** Null when the post has no images, as in the seeds, where the key is absent. */
    private static List<ImageSource> imageSources(Dice dice, List<Picture> pictures, Set<Inconsistency> defects) {
        if (pictures.isEmpty()) return null;
        List<ImageSource> sources = new ArrayList<>(pictures.size());
        pictures.forEach(p -> sources.add(p.imageSource()));
        if (defects.contains(Inconsistency.IMAGE_WITHOUT_SOURCE)) sources.remove(dice.below(sources.size()));
        return sources.isEmpty() ? null : sources;
    }
}
