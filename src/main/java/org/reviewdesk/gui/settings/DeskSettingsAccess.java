package org.reviewdesk.gui.settings;

import java.util.List;
import java.util.function.Supplier;
import org.reviewdesk.service.Desk;

/** The settings of the real library, through its finding and settings services. */
public final class DeskSettingsAccess implements SettingsAccess {
    private final Supplier<Desk> desk;

    /** Over a desk that may still be opening: each call, made in the background, waits for it. */
    public DeskSettingsAccess(Supplier<Desk> desk) {
        this.desk = desk;
    }

    @Override
    public List<CheckRow> checks() {
        return desk.get().findings().checks().stream().map(c -> new CheckRow(c.id(), c.severity(), c.enabled())).toList();
    }

    @Override
    public void setCheckEnabled(String checkId, boolean enabled) {
        desk.get().findings().setCheckEnabled(checkId, enabled);
    }

    @Override
    public List<SettingRow> settings() {
        return desk.get().settings().list().stream().map(v -> new SettingRow(v.setting(), v.value())).toList();
    }

    @Override
    public String userName() {
        return desk.get().settings().userName();
    }

    @Override
    public void set(String name, String value) {
        desk.get().settings().set(name, value);
    }
}
