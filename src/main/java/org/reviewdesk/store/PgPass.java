package org.reviewdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reviewdesk.model.library.LibraryAddress;

/**
 * The password for a team library, found where psql finds it: {@code PGPASSWORD}, else the first matching line of the
 * password file ({@code PGPASSFILE}, else {@code ~/.pgpass}, on Windows {@code %APPDATA%\postgresql\pgpass.conf}),
 * whose lines are {@code host:port:database:user:password} with {@code *} for any and {@code \} escaping.
 */
final class PgPass {
    private PgPass() {
    }

    static Optional<String> password(LibraryAddress.Server server, Map<String, String> env) {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) return Optional.of(fromEnv);
        Path file = file(env);
        if (file == null || !Files.isRegularFile(file)) return Optional.empty();
        try {
            return match(Files.readAllLines(file), server);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Path file(Map<String, String> env) {
        String chosen = env.get("PGPASSFILE");
        if (chosen != null && !chosen.isBlank()) return Path.of(chosen);
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData == null ? null : Path.of(appData, "postgresql", "pgpass.conf");
        }
        return Path.of(System.getProperty("user.home"), ".pgpass");
    }

    static Optional<String> match(List<String> lines, LibraryAddress.Server server) {
        String[] wanted = {server.host(), String.valueOf(server.port()), server.database(), server.user()};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            List<String> fields = fields(line);
            if (fields.size() < 5) continue;
            boolean matches = true;
            for (int i = 0; i < 4 && matches; i++) {
                String f = fields.get(i);
                matches = f.equals("*") || f.equals(wanted[i]) || i == 0 && f.equals("localhost") && isLocal(wanted[0]);
            }
            if (matches) return Optional.of(fields.get(4));
        }
        return Optional.empty();
    }

    private static boolean isLocal(String host) {
        return host.equals("127.0.0.1") || host.equals("::1") || host.startsWith("/");
    }

    private static List<String> fields(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
