package org.reviewdesk.gui.settings;

import java.util.List;
import org.reviewdesk.model.library.LibrarySetting;

/**
 * What the Settings dialog reads and writes in the library: which checks run, and the library's settings. Every
 * method may touch the database: call it in the background only.
 */
public interface SettingsAccess {
    /** A check, the severity of its findings, and whether the library runs it. */
    record CheckRow(String id, String severity, boolean enabled) {
    }

    /** A setting with the library's value for it. */
    record SettingRow(LibrarySetting setting, String value) {
    }

    List<CheckRow> checks();

    void setCheckEnabled(String checkId, boolean enabled);

    List<SettingRow> settings();

    /** The library's user.name, else the system's user name: who "me" and the comments' author are. */
    String userName();

    /** Sets a setting; throws IllegalArgumentException saying what it takes when the value does not fit. */
    void set(String name, String value);
}
