package org.reviewdesk.service;

import java.util.List;
import java.util.Map;
import org.reviewdesk.model.library.LibrarySetting;
import org.reviewdesk.model.library.LibrarySettings;
import org.reviewdesk.store.Library;

/** The library's settings (model.library.LibrarySettings), read with their defaults and written only when valid. */
public final class SettingsService {
    private final Library library;

    SettingsService(Library library) {
        this.library = library;
    }

    /** A setting with the value the library has for it. */
    public record Value(LibrarySetting setting, String value, boolean isDefault) {
    }

    /** Every setting with its value, in catalogue order. */
    public List<Value> list() {
        Map<String, String> stored = library.settings().all();
        return LibrarySettings.ALL.stream().map(s -> {
            String value = stored(stored, s.name());
            return value != null ? new Value(s, value, false) : new Value(s, s.defaultValue(), true);
        }).toList();
    }

    /** The value of a setting, its default when the library has none. */
    public String get(String name) {
        LibrarySetting setting = setting(name);
        String value = stored(library.settings().all(), setting.name());
        return value != null ? value : setting.defaultValue();
    }

    /**
     * The stored value of a setting, or null. {@code user.name} is each person's own: it is kept under the system
     * account, so that on a team library one reviewer's name is never another's. A folder
     * library's value from before (one for the whole library) still names its owner until they set their own.
     */
    private String stored(Map<String, String> stored, String name) {
        if (!name.equals(LibrarySettings.USER_NAME)) return stored.get(name);
        String own = stored.get(personalKey());
        if (own != null || library.isShared()) return own;
        return stored.get(LibrarySettings.USER_NAME);
    }

    /**
     * Where this person's {@code user.name} is kept: under their system account. Not the computer's name, which a
     * terminal, a desktop launcher and a network change can each give differently, so that a name set on the command
     * line would not be the window's.
     */
    private static String personalKey() {
        String key = LibrarySettings.USER_NAME + "@" + account();
        return key.length() <= 200 ? key : key.substring(0, 200);
    }

    /** The system account's name. */
    private static String account() {
        return System.getProperty("user.name", "me");
    }

    /** Writes a setting (null: its default); writing one's own name also retires the library-wide one of earlier versions. */
    private void write(LibrarySetting setting, String value) {
        if (!setting.name().equals(LibrarySettings.USER_NAME)) {
            library.settings().put(setting.name(), value);
            return;
        }
        Map<String, String> own = new java.util.LinkedHashMap<>();
        own.put(LibrarySettings.USER_NAME, null);
        own.put(personalKey(), value);
        library.settings().putAll(own);
    }

    public double number(String name) {
        return Double.parseDouble(get(name));
    }

    /**
     * Sets a setting for everyone who opens the library; {@code user.name} only for the person at this computer.
     *
     * @throws IllegalArgumentException naming the setting and what it takes, when there is no such setting or the
     *                                  value breaks its rule; nothing is written then
     */
    public void set(String name, String value) {
        LibrarySetting setting = setting(name);
        if (value == null) throw new IllegalArgumentException("setting " + name + " needs a value");
        String v = setting.normalized(value);
        setting.rule().problem(v).ifPresent(p -> {
            throw new IllegalArgumentException("setting " + name + " takes " + p + ", not '" + value + "'");
        });
        write(setting, v.equals(setting.defaultValue()) ? null : v);
    }

    /** Puts a setting back to its default. */
    public void reset(String name) {
        write(setting(name), null);
    }

    /** The name this library records for the person at this computer: their user.name setting or the system's user name. */
    public String userName() {
        String name = get(LibrarySettings.USER_NAME);
        return name.isBlank() ? account() : name;
    }

    private static LibrarySetting setting(String name) {
        return LibrarySettings.byName(name).orElseThrow(() -> new IllegalArgumentException(
                "there is no setting '" + name + "' (see: review-desk settings)"));
    }
}
