package org.reviewdesk.gui.spelling;

import java.util.Optional;
import java.util.function.Supplier;
import org.reviewdesk.checks.SpellingSettings;
import org.reviewdesk.checks.rules.SpellingCheck;
import org.reviewdesk.service.Desk;

/** The spelling words of the real library, through its services. */
public final class DeskSpellingAccess implements SpellingAccess {
    private final Supplier<Desk> desk;

    /** Over a desk that may still be opening: each call, made in the background, waits for it. */
    public DeskSpellingAccess(Supplier<Desk> desk) {
        this.desk = desk;
    }

    @Override
    public Optional<SpellingSettings> settings() {
        if (desk.get().findings().disabledChecks().contains(SpellingCheck.ID)) return Optional.empty();
        return Optional.of(desk.get().spelling().settings());
    }

    @Override
    public void addToDictionary(String word) {
        desk.get().spelling().add(java.util.List.of(word));
    }

    @Override
    public void ignoreInPost(long postId, String word) {
        desk.get().spelling().setIgnored(postId, word, true);
    }
}
