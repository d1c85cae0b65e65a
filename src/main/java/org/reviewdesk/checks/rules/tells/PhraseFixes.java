package org.reviewdesk.checks.rules.tells;

import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.SentenceKey;

/** The deletion a phrase finding offers, where one leaves sound text behind. */
final class PhraseFixes {
    private PhraseFixes() {
    }

    /**
     * A phrase that is its whole sentence ("I hope this helps!") deletes the sentence; a phrase that opens a longer one
     * ("It's important to note that the cache…") deletes the phrase; a phrase inside a sentence has no fix, since only
     * a person can rewrite around it.
     */
    static Finding withDeletion(Finding finding, Tells.Found found) {
        String sentence = found.sentence().text();
        int sentenceStart = found.sentence().start();
        if (SentenceKey.of(sentence).equals(SentenceKey.of(found.text()))) {
            return finding.withQuickFix(new QuickFix("Delete the sentence",
                    post -> post.withBody(TellEdits.deleteSpan(post.body(), sentenceStart, sentence))));
        }
        if (found.start() == sentenceStart) {
            int start = found.start();
            String text = found.text();
            return finding.withQuickFix(new QuickFix("Delete \"" + text + "\"",
                    post -> post.withBody(TellEdits.deletePhrase(post.body(), start, text))));
        }
        return finding;
    }
}
