package org.reviewdesk.synth;

import java.util.List;
import java.util.Set;

/**
 * Puts the body-level defects into a draft. Meta-level defects (a wrong count, a wrong reading time, a
 * checklist that differs) are the {@link MetaComposer}'s, because they need the finished body.
 */
final class Defects {
    private final SentencePools pools;
    private final Dice dice;

    Defects(SentencePools pools, Dice dice) {
        this.pools = pools;
        this.dice = dice;
    }

    void applyToBody(Set<Inconsistency> defects, BodyDraft body, List<Picture> pictures) {
        if (defects.contains(Inconsistency.PLACEHOLDER_IMAGE_HOST)) usePlaceholder(body, pictures);
        // Bold first: a repeated sentence copied afterwards stays a verbatim repeat.
        if (defects.contains(Inconsistency.PSEUDO_BOLD)) embolden(body);
        if (defects.contains(Inconsistency.REPEATED_SENTENCE)) repeatSentence(body);
        if (defects.contains(Inconsistency.SCRAPE_DEBRIS)) addDebris(body);
        // IMAGE_WITHOUT_SOURCE changes only the meta box: the body keeps the image.
    }

    private void usePlaceholder(BodyDraft body, List<Picture> pictures) {
        int which = dice.below(pictures.size());
        Picture old = pictures.get(which);
        Picture replaced = old.withUrl(ImageUrls.placeholder(dice), old.source());
        pictures.set(which, replaced);
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).equals(old.block())) body.set(i, replaced.block());
        }
    }

    private void embolden(BodyDraft body) {
        int position = dice.pick(body.paragraphPositions());
        String text = body.get(position).text();
        int end = firstSentenceEnd(text);
        body.set(position, Block.paragraph(MathBold.of(text.substring(0, end)) + text.substring(end)));
    }

    private void repeatSentence(BodyDraft body) {
        List<Integer> paragraphs = body.paragraphPositions();
        String from = body.get(dice.pick(paragraphs)).text();
        String sentence = from.substring(0, firstSentenceEnd(from));
        int target = dice.pick(paragraphs);
        body.set(target, Block.paragraph(body.get(target).text() + " " + sentence));
    }

    /** Debris goes anywhere after the introduction, which must stay the first block. */
    private void addDebris(BodyDraft body) {
        int lines = dice.between(1, 3);
        for (int i = 0; i < lines; i++) {
            body.insert(1 + dice.below(body.size()), new Block(Block.Kind.DEBRIS, dice.pick(pools.pool("debris"))));
        }
    }

    /** The index just after the first sentence's full stop (or the whole text). */
    static int firstSentenceEnd(String text) {
        int stop = text.indexOf(". ");
        return stop < 0 ? text.length() : stop + 1;
    }
}
