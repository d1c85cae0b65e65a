package org.reviewdesk.synth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reviewdesk.model.Post;

/**
 * Writes one post in the shape of the alphanode seeds: an introduction, two to four sections of one to four
 * paragraphs, sometimes a fenced code block and images, an "implementation checklist" and "final notes".
 * The defects of the post are chosen first, because some of them (an image without a source) need an image.
 */
final class PostComposer {
    private static final List<Inconsistency> KINDS = List.of(Inconsistency.values());

    private final SentencePools pools;
    private final SynthProfile profile;
    private final MetaComposer metaComposer;

    PostComposer(SentencePools pools, SynthProfile profile) {
        this.pools = pools;
        this.profile = profile;
        this.metaComposer = new MetaComposer(pools);
    }

    SynthesizedPost compose(int index, Dice dice) {
        StackProfile stack = dice.pick(Stacks.ALL);
        Wording wording = new Wording(dice.pick(pools.pool("problems")), stack.name(),
                dice.pick(pools.pool("scenarios")));
        Set<Inconsistency> defects = chooseDefects(dice);
        boolean needsImage = defects.contains(Inconsistency.IMAGE_WITHOUT_SOURCE)
                || defects.contains(Inconsistency.PLACEHOLDER_IMAGE_HOST);
        int imageCount = needsImage || dice.chance(profile.imageShare()) ? 1 + dice.weighted(50, 35, 15) : 0;
        List<Picture> pictures = pictures(dice, wording, imageCount);

        BodyDraft body = new BodyDraft();
        String title = wording.fill(dice.pick(pools.pool("titles")));
        writeBody(body, dice, wording, stack, pictures);
        new Defects(pools, dice).applyToBody(defects, body, pictures);
        Post post = new Post(title, body.markdown(),
                metaComposer.compose(index, dice, wording, stack, body, pictures, defects, profile));
        return new SynthesizedPost(index, post, defects);
    }

    private Set<Inconsistency> chooseDefects(Dice dice) {
        Set<Inconsistency> defects = EnumSet.noneOf(Inconsistency.class);
        if (dice.chance(profile.inconsistentShare())) {
            defects.add(dice.pick(KINDS));
            if (dice.chance(0.3)) defects.add(dice.pick(KINDS));
        }
        return defects;
    }

    /**
     * Places images like the seeds: the first after the introduction, the last after the checklist and, in a
     * post with three, the middle one after the first section. Captions are numbered in body order.
     */
    private void writeBody(BodyDraft body, Dice dice, Wording wording, StackProfile stack, List<Picture> pictures) {
        body.add(new Block(Block.Kind.INTRO, wording.fill(dice.pick(pools.pool("intros")))));
        if (pictures.size() > 0) body.add(pictures.get(0).block());

        ParagraphWriter paragraphs = new ParagraphWriter(pools, dice, wording);
        List<String> headings = distinct(dice, pools.pool("headings"), dice.between(2, 4));
        boolean withCode = dice.chance(profile.codeShare());
        int codeSection = dice.below(headings.size());
        for (int s = 0; s < headings.size(); s++) {
            body.add(Block.heading(headings.get(s)));
            int count = dice.between(1, 4);
            int codeAfter = dice.below(count);
            for (int p = 0; p < count; p++) {
                body.add(Block.paragraph(paragraphs.next()));
                if (withCode && s == codeSection && p == codeAfter) {
                    body.add(new Block(Block.Kind.CODE,
                            "```" + stack.codeLanguage() + "\n" + dice.pick(stack.snippets()) + "\n```"));
                }
            }
            if (s == 0 && pictures.size() > 2) body.add(pictures.get(1).block());
        }
        body.addChecklist(distinct(dice, pools.pool("checklist"), dice.between(3, 6)));
        if (pictures.size() > 1) body.add(pictures.get(pictures.size() - 1).block());
        body.add(Block.heading(BodyDraft.FINAL_HEADING));
        body.add(Block.paragraph(wording.fill(dice.pick(pools.pool("finals")))));
    }

    private List<Picture> pictures(Dice dice, Wording wording, int count) {
        List<Picture> pictures = new ArrayList<>(count);
        String template = dice.pick(pools.pool("captions"));
        for (int n = 1; n <= count; n++) {
            pictures.add(ImageUrls.picture(dice, wording.fill(template, n)));
        }
        return pictures;
    }

    /** {@code count} different entries of a pool, in the order drawn. */
    static List<String> distinct(Dice dice, List<String> pool, int count) {
        int wanted = Math.min(count, pool.size());
        Set<Integer> taken = new HashSet<>();
        List<String> out = new ArrayList<>(wanted);
        while (out.size() < wanted) {
            int i = dice.below(pool.size());
            if (taken.add(i)) out.add(pool.get(i));
        }
        return out;
    }
}
