package org.reviewdesk.store;

import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/** The library's settings as stored: a value per name, only for the settings that are not at their default. */
public final class SettingRepository {
    private final Jdbi jdbi;

    SettingRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every stored value, by name. */
    public Map<String, String> all() {
        return jdbi.withHandle(h -> {
            Map<String, String> out = new TreeMap<>();
            h.createQuery("SELECT name, setting_value FROM library_setting")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    /**
     * Stores a value of the library's own bookkeeping, which no window shows: the library's change stamp stays, so
     * open windows do not reload for it. {@code null} removes it.
     */
    public void remember(String name, String value) {
        jdbi.useTransaction(h -> write(h, name, value));
    }

    /** Stores a value; {@code null} removes it, so the setting is at its default again. */
    public void put(String name, String value) {
        putAll(java.util.Collections.singletonMap(name, value));
    }

    /** Stores several values as one change, all or none; a {@code null} value removes its setting. */
    public void putAll(Map<String, String> values) {
        jdbi.useTransaction(h -> {
            values.forEach((name, value) -> write(h, name, value));
            Library.touch(h);
        });
    }

    private static void write(org.jdbi.v3.core.Handle h, String name, String value) {
        h.execute("DELETE FROM library_setting WHERE name = ?", name);
        if (value != null) h.execute("INSERT INTO library_setting (name, setting_value) VALUES (?, ?)", name, value);
    }
}
