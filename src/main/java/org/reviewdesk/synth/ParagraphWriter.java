package org.reviewdesk.synth;

import java.util.List;

/**
 * Writes the paragraphs of one post from the sentence pool. A consistent post never repeats a sentence, so
 * sentences are drawn without replacement; a paragraph sometimes ends with a sentence naming the stack.
 */
final class ParagraphWriter {
    private final List<String> sentences;
    private final List<String> tails;
    private final boolean[] usedSentences;
    private final boolean[] usedTails;
    private final Dice dice;
    private final Wording wording;
    private int sentencesLeft;
    private int tailsLeft;

    ParagraphWriter(SentencePools pools, Dice dice, Wording wording) {
        this.sentences = pools.pool("sentences");
        this.tails = pools.pool("tails");
        this.usedSentences = new boolean[sentences.size()];
        this.usedTails = new boolean[tails.size()];
        this.sentencesLeft = sentences.size();
        this.tailsLeft = tails.size();
        this.dice = dice;
        this.wording = wording;
    }

    String next() {
        StringBuilder paragraph = new StringBuilder(400);
        int count = dice.between(2, 4);
        for (int i = 0; i < count && sentencesLeft > 0; i++) {
            if (paragraph.length() > 0) paragraph.append(' ');
            paragraph.append(sentences.get(draw(usedSentences)));
            sentencesLeft--;
        }
        if (tailsLeft > 0 && dice.chance(0.3)) {
            paragraph.append(' ').append(wording.fill(tails.get(draw(usedTails))));
            tailsLeft--;
        }
        return paragraph.toString();
    }

    private int draw(boolean[] used) {
        int i;
        do {
            i = dice.below(used.length);
        } while (used[i]);
        used[i] = true;
        return i;
    }
}
