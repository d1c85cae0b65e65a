package org.reviewdesk.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.reviewdesk.model.library.LibraryAddress;

/** Where the library lives: {@code --library DIR|postgresql://…}, else {@code REVIEW_DESK_LIBRARY}, else the platform's data folder. */
public final class LibraryLocation {
    public static final String ENV = "REVIEW_DESK_LIBRARY";

    private LibraryLocation() {
    }

    /** {@code --library} (a folder or a {@code postgresql://} address), else the environment's, else the default folder. */
    public static LibraryAddress resolveAddress(String libraryOption, Map<String, String> env) {
        if (libraryOption != null && !libraryOption.isBlank()) return absolute(LibraryAddress.parse(libraryOption));
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) return absolute(LibraryAddress.parse(fromEnv));
        return new LibraryAddress.Folder(resolve(null, env).toString());
    }

    /** A folder made absolute and normal, so that two names of one folder are one library; a server as it is. */
    public static LibraryAddress absolute(LibraryAddress address) {
        return address instanceof LibraryAddress.Folder f
                ? new LibraryAddress.Folder(Path.of(f.path()).toAbsolutePath().normalize().toString()) : address;
    }

    /** Where this computer keeps its own files about a team library (the search index): in the default folder. */
    public static Path teamFolder(LibraryAddress.Server server, Map<String, String> env) {
        Path base = platformDefault(System.getProperty("os.name", ""), System.getProperty("user.home"), env);
        return base.resolve("team-libraries").resolve(server.localName());
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
