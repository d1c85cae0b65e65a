package org.reviewdesk.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the library lives: {@code --library DIR}, else {@code REVIEW_DESK_LIBRARY}, else the platform's data folder. */
public final class LibraryLocation {
    public static final String ENV = "REVIEW_DESK_LIBRARY";

    private LibraryLocation() {
    }

    public static Path resolve(String libraryOption, Map<String, String> env) {
        if (libraryOption != null && !libraryOption.isBlank()) return Path.of(libraryOption).toAbsolutePath().normalize();
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv).toAbsolutePath().normalize();
        return platformDefault(System.getProperty("os.name", ""), System.getProperty("user.home"), env);
    }

    static Path platformDefault(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "Review Desk")
                    : Path.of(home, "AppData", "Roaming", "Review Desk");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Review Desk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "review-desk");
        return Path.of(home, ".local", "share", "review-desk");
    }
}
