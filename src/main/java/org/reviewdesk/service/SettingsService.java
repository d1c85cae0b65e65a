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
        return LibrarySettings.ALL.stream().map(s -> stored.containsKey(s.name())
                ? new Value(s, stored.get(s.name()), false) : new Value(s, s.defaultValue(), true)).toList();
    }

    /** The value of a setting, its default when the library has none. */
    public String get(String name) {
        LibrarySetting setting = setting(name);
        return library.settings().all().getOrDefault(setting.name(), setting.defaultValue());
    }

    public double number(String name) {
        return Double.parseDouble(get(name));
    }

    /**
     * Sets a setting for everyone who opens the library.
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
        library.settings().put(setting.name(), v.equals(setting.defaultValue()) ? null : v);
    }

    /** Puts a setting back to its default. */
    public void reset(String name) {
        library.settings().put(setting(name).name(), null);
    }

    /** The name this library records for the person at this computer: the user.name setting or the system's user name. */
    public String userName() {
        String name = get(LibrarySettings.USER_NAME);
        return name.isBlank() ? System.getProperty("user.name", "me") : name;
    }

    private static LibrarySetting setting(String name) {
        return LibrarySettings.byName(name).orElseThrow(() -> new IllegalArgumentException(
                "there is no setting '" + name + "' (see: review-desk settings)"));
    }
}
