package org.reviewdesk.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.reviewdesk.model.library.TellOverride;

/** A library's changes to the tell checks' word and phrase lists: entries added, entries switched off. */
public final class TellEntryRepository {
    private final Jdbi jdbi;

    TellEntryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<TellOverride> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT list, phrase, replacement, is_on FROM tell_entry ORDER BY list, phrase_key")
                .map((rs, ctx) -> new TellOverride(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list());
    }

    /** Keeps a change, replacing an earlier one of the same entry. */
    public void put(TellOverride change) {
        jdbi.useTransaction(h -> {
            h.createUpdate(Dialect.of(h).upsert("tell_entry", "list, phrase_key", "list, phrase_key, phrase, replacement, is_on",
                            ":list, :key, :phrase, :replacement, :on"))
                    .bind("list", change.list()).bind("key", change.key()).bind("phrase", change.phrase())
                    .bindByType("replacement", change.replacement(), String.class).bind("on", change.on()).execute();
            Library.touch(h);
        });
    }

    /** Forgets the library's change of an entry: a shipped entry is as shipped again, an added one is gone. */
    public boolean remove(String list, String phraseKey) {
        return jdbi.inTransaction(h -> {
            int n = h.execute("DELETE FROM tell_entry WHERE list = ? AND phrase_key = ?", list, phraseKey);
            Library.touch(h);
            return n > 0;
        });
    }
}
