package org.reviewdesk.checks.rules;

import java.util.Locale;
import java.util.Map;

/** Names of code languages as people write them, reduced to one name per language. */
final class CodeLanguages {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("py", "python"), Map.entry("python3", "python"), Map.entry("py3", "python"),
            Map.entry("js", "javascript"), Map.entry("node", "javascript"), Map.entry("nodejs", "javascript"),
            Map.entry("jsx", "javascript"), Map.entry("mjs", "javascript"), Map.entry("ts", "typescript"),
            Map.entry("tsx", "typescript"), Map.entry("sh", "shell"), Map.entry("bash", "shell"),
            Map.entry("zsh", "shell"), Map.entry("console", "shell"), Map.entry("terminal", "shell"),
            Map.entry("shell-session", "shell"), Map.entry("yml", "yaml"), Map.entry("golang", "go"),
            Map.entry("rs", "rust"), Map.entry("psql", "sql"), Map.entry("mysql", "sql"), Map.entry("postgresql", "sql"),
            Map.entry("postgres", "sql"), Map.entry("sqlite", "sql"), Map.entry("jsonc", "json"), Map.entry("json5", "json"));

    /** Fence tags that say "not a language": output, plain text. */
    private static final java.util.Set<String> NOT_A_LANGUAGE = java.util.Set.of("text", "txt", "plain", "plaintext",
            "output", "log", "none", "nohighlight");

    private CodeLanguages() {
    }

    /** The canonical name, "" for none or a fence tag that names no language. */
    static String canonical(String name) {
        if (name == null) return "";
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (NOT_A_LANGUAGE.contains(n)) return "";
        return ALIASES.getOrDefault(n, n);
    }

    /** True when code in {@code actual} is what a post declaring {@code declared} leads a reader to expect. */
    static boolean compatible(String declared, String actual) {
        String a = family(canonical(declared));
        String b = family(canonical(actual));
        return a.equals(b);
    }

    private static String family(String language) {
        // TypeScript is JavaScript with types: a TypeScript snippet in a JavaScript post is not a mismatch
        return language.equals("typescript") ? "javascript" : language;
    }
}
