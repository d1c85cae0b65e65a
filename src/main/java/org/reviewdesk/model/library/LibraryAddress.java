package org.reviewdesk.model.library;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a library is: a folder holding an H2 file (one person's library), or a PostgreSQL database named the way
 * libpq names it, {@code postgresql://USER@HOST:PORT/DATABASE?sslmode=…} (a team's library). The password is never
 * part of an address: it comes from {@code PGPASSWORD} or the password file, as with psql.
 */
public sealed interface LibraryAddress permits LibraryAddress.Folder, LibraryAddress.Server {

    /** How the address is shown to the user: the folder, or the URL without any secret. */
    String display();

    /** A folder or a {@code postgresql://} (or {@code postgres://}) address; a bad server address says what is wrong. */
    static LibraryAddress parse(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) return Server.parse(t);
        return new Folder(t);
    }

    /** One person's library: the H2 file and its search index in a folder (as given; the service makes it absolute). */
    record Folder(String path) implements LibraryAddress {
        @Override
        public String display() {
            return path;
        }
    }

    /**
     * A team library on a PostgreSQL server. {@code params} holds the URL's query parameters that Review Desk passes
     * on ({@code sslmode}, {@code sslrootcert}, {@code connect_timeout}, {@code application_name}).
     */
    record Server(String user, String host, int port, String database, Map<String, String> params)
            implements LibraryAddress {
        public static final int DEFAULT_PORT = 5432;
        static final Set<String> PARAMS = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout",
                "application_name", "options");

        public Server {
            params = Map.copyOf(params);
        }

        @Override
        public String display() {
            StringBuilder sb = new StringBuilder("postgresql://").append(user).append('@').append(host.contains(":")
                    ? "[" + host + "]" : host).append(':').append(port).append('/').append(database);
            String sep = "?";
            for (var e : new java.util.TreeMap<>(params).entrySet()) {
                sb.append(sep).append(e.getKey()).append('=').append(encode(e.getValue()));
                sep = "&";
            }
            return sb.toString();
        }

        /** The same database with {@code schema} as the library's schema (its search path), for tests and the bench. */
        public Server inSchema(String schema) {
            java.util.Map<String, String> p = new LinkedHashMap<>(params);
            p.put("options", "-c search_path=" + schema);
            return new Server(user, host, port, database, p);
        }

        /** A name for this computer's own files about the library (its search index): host, port and database. */
        public String localName() {
            String options = params.getOrDefault("options", "");
            return (host + "-" + port + "-" + database + (options.isEmpty() ? "" : "-" + options))
                    .replaceAll("[^A-Za-z0-9._-]", "_");
        }

        static Server parse(String text) {
            String rest = text.substring(text.indexOf("://") + 3);
            String query = "";
            int q = rest.indexOf('?');
            if (q >= 0) {
                query = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            String database = slash < 0 ? "" : decode(rest.substring(slash + 1));
            String user = null;
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                String userInfo = authority.substring(0, at);
                if (userInfo.contains(":")) throw bad(text, "it holds a password; leave the password out of the address "
                        + "and put it in PGPASSWORD or ~/.pgpass, so that it is never on a command line or in a list");
                user = decode(userInfo);
                authority = authority.substring(at + 1);
            }
            String host = authority;
            int port = DEFAULT_PORT;
            int colon = authority.startsWith("[") ? authority.indexOf(':', authority.indexOf(']')) : authority.lastIndexOf(':');
            if (colon >= 0) {
                host = authority.substring(0, colon);
                try {
                    port = Integer.parseInt(authority.substring(colon + 1));
                } catch (NumberFormatException e) {
                    throw bad(text, "its port '" + authority.substring(colon + 1) + "' is not a number");
                }
            }
            if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
            if (host.contains(",")) throw bad(text, "it names several hosts; give one");
            if (host.isEmpty()) host = "localhost";
            if (user == null || user.isEmpty()) user = System.getProperty("user.name");
            if (database.isEmpty()) database = user;
            return new Server(user, host, port, database, params(text, query));
        }

        private static Map<String, String> params(String text, String query) {
            Map<String, String> params = new LinkedHashMap<>();
            if (query.isEmpty()) return params;
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (key.equals("password")) throw bad(text, "it holds a password; put the password in PGPASSWORD or ~/.pgpass");
                if (key.equals("user")) continue;
                if (!PARAMS.contains(key)) throw bad(text, "Review Desk does not know its parameter '" + key + "' (it knows "
                        + String.join(", ", new java.util.TreeSet<>(PARAMS)) + ")");
                params.put(key, value);
            }
            return params;
        }

        private static String encode(String s) {
            return s.replace("%", "%25").replace(" ", "%20").replace("=", "%3D").replace("&", "%26").replace("#", "%23");
        }

        private static String decode(String s) {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        private static IllegalArgumentException bad(String text, String why) {
            String shown = text.replaceAll("//([^:@/]*):[^@/]*@", "//$1:…@");
            return new IllegalArgumentException("the library address " + shown + " cannot be used: " + why);
        }
    }
}
