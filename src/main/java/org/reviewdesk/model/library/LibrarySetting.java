package org.reviewdesk.model.library;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One setting of a library, shared by everyone who opens it: its name, its default, what it does, and the rule a
 * value must keep. The settings there are: {@link LibrarySettings#ALL}.
 *
 * @param rule says what is wrong with a value, or nothing when it is good
 */
public record LibrarySetting(String name, String defaultValue, String description, Rule rule) {
    /** What is wrong with a value, or empty. */
    public interface Rule {
        Optional<String> problem(String value);
    }

    public LibrarySetting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(rule, "rule");
    }

    /** Free text of at most {@code maxLength} characters, on one line. */
    public static LibrarySetting text(String name, String defaultValue, int maxLength, String description) {
        return new LibrarySetting(name, defaultValue, description, v -> v.length() > maxLength
                ? Optional.of("at most " + maxLength + " characters")
                : v.contains("\n") ? Optional.of("one line") : Optional.empty());
    }

    /** One of a few values, spelt as listed. */
    public static LibrarySetting choice(String name, String defaultValue, List<String> values, String description) {
        return new LibrarySetting(name, defaultValue, description, v -> values.contains(v)
                ? Optional.empty() : Optional.of("one of " + String.join(", ", values)));
    }

    /** A number from {@code min} to {@code max}. */
    public static LibrarySetting number(String name, String defaultValue, double min, double max, String description) {
        return new LibrarySetting(name, defaultValue, description, v -> {
            try {
                double d = Double.parseDouble(v.strip());
                return d >= min && d <= max && !Double.isNaN(d) ? Optional.empty() : Optional.of(range(min, max));
            } catch (NumberFormatException e) {
                return Optional.of(range(min, max));
            }
        });
    }

    /** A value as this setting stores it: without spaces around it. */
    public String normalized(String value) {
        return value.strip();
    }

    private static String range(double min, double max) {
        return String.format(Locale.ROOT, "a number from %s to %s", plain(min), plain(max));
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
