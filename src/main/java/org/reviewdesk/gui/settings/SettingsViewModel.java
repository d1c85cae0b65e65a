package org.reviewdesk.gui.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.model.library.LibrarySetting;

/**
 * The Settings dialog's state: every check with whether the library runs it, every library setting with its value and
 * what is wrong with it, and the window's own preferences. Nothing is written until {@link #apply}; then only what
 * changed, in the background.
 */
public final class SettingsViewModel {
    /** A check as the dialog shows it; {@code enabled} is what the user ticked. */
    public record CheckToggle(String id, String severity, boolean wasEnabled, BooleanProperty enabled) {
    }

    /** A setting as the dialog shows it; {@code problem} says what is wrong with the value typed, or is empty. */
    public record SettingField(LibrarySetting setting, String was, StringProperty value, StringProperty problem) {
    }

    /** What the dialog applied: the checks switched, and whether the window's preferences changed. */
    public record Applied(List<String> checksSwitched, List<String> settingsChanged) {
        /** Whether what the checks find may have changed: a check switched, or a setting they read. */
        public boolean changesFindings() {
            return !checksSwitched.isEmpty()
                    || settingsChanged.stream().anyMatch(org.reviewdesk.model.library.LibrarySettings::readByChecks);
        }
    }

    private final SettingsAccess access;
    private final BackgroundExecutor executor;
    private final ObservableList<CheckToggle> checks = FXCollections.observableArrayList();
    private final ObservableList<SettingField> settings = FXCollections.observableArrayList();
    private final IntegerProperty autoRevisionMinutes = new SimpleIntegerProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final StringProperty failure = new SimpleStringProperty("");

    public SettingsViewModel(SettingsAccess access, BackgroundExecutor executor, int autoRevisionMinutes) {
        this.access = access;
        this.executor = executor;
        this.autoRevisionMinutes.set(autoRevisionMinutes);
    }

    /** Reads the checks and the settings in the background. */
    public void load() {
        executor.submit(() -> Map.entry(access.checks(), access.settings()), got -> {
            checks.setAll(got.getKey().stream().map(c -> new CheckToggle(c.id(), c.severity(), c.enabled(),
                    new SimpleBooleanProperty(c.enabled()))).toList());
            settings.setAll(got.getValue().stream().map(this::field).toList());
            loaded.set(true);
        }, e -> failure.set("Could not read the library's settings: " + e.getMessage()));
    }

    private SettingField field(SettingsAccess.SettingRow row) {
        SettingField f = new SettingField(row.setting(), row.value(), new SimpleStringProperty(row.value()), new SimpleStringProperty(""));
        f.value().addListener((o, was, now) -> f.problem().set(problem(f.setting(), now).orElse("")));
        return f;
    }

    private static Optional<String> problem(LibrarySetting setting, String value) {
        return setting.rule().problem(value == null ? "" : value.strip()).map(p -> "Takes " + p + ".");
    }

    /** True when every setting's value keeps its rule, so the dialog may close. */
    public boolean valid() {
        return settings.stream().allMatch(f -> f.problem().get().isEmpty());
    }

    /**
     * Writes what changed, in the background, and then tells {@code done} what it was; a failure goes to the failure
     * message instead.
     */
    public void apply(Consumer<Applied> done) {
        if (!valid()) return;
        Map<String, Boolean> switched = new LinkedHashMap<>();
        for (CheckToggle c : checks) if (c.enabled().get() != c.wasEnabled()) switched.put(c.id(), c.enabled().get());
        Map<String, String> changed = new LinkedHashMap<>();
        for (SettingField f : settings) if (!f.value().get().strip().equals(f.was())) changed.put(f.setting().name(), f.value().get());
        if (switched.isEmpty() && changed.isEmpty()) {
            done.accept(new Applied(List.of(), List.of()));
            return;
        }
        executor.submit(() -> {
            switched.forEach(access::setCheckEnabled);
            changed.forEach(access::set);
            return new Applied(new ArrayList<>(switched.keySet()), new ArrayList<>(changed.keySet()));
        }, done, e -> failure.set("Could not save the settings: " + e.getMessage()));
    }

    public ObservableList<CheckToggle> checks() {
        return checks;
    }

    public ObservableList<SettingField> settings() {
        return settings;
    }

    /** How often saves of the open post keep an automatic revision (this computer's preference, not the library's). */
    public IntegerProperty autoRevisionMinutesProperty() {
        return autoRevisionMinutes;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public StringProperty failureProperty() {
        return failure;
    }
}
