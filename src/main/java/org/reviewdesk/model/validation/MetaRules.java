package org.reviewdesk.model.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.SemVer;

/**
 * The rules of the meta box, written once. Each method checks one rule on the text a user or a file
 * gave (so it can be used before the value is parsed) and returns the problems, empty when the value is
 * fine. An absent value (null) breaks no rule except {@link #required}.
 *
 * <p>Readers reject a file on the hard rules (score, date, version, whole numbers: values the model
 * cannot hold); the meta form shows every rule on its field, including the soft ones (URLs, duplicates,
 * required fields) that {@link #check(Post)} collects for a whole post.
 */
public final class MetaRules {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+");
    // uuuu, not yyyy: with the strict resolver, yyyy would also need an era.
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern LANGUAGE_TAG = Pattern.compile("([a-z]{2})(?:-([A-Z]{2}))?");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> ISO_REGIONS = Set.of(Locale.getISOCountries());

    private MetaRules() {
    }

    /** A score: a whole number from 0 to 100. */
    public static List<FieldProblem> score(String field, String raw) {
        if (raw == null) return List.of();
        String v = raw.trim();
        if (!WHOLE_NUMBER.matcher(v).matches() || v.length() > 3 || Integer.parseInt(v) > 100) {
            return problem(field, "expected a whole number from 0 to 100, found " + quote(raw));
        }
        return List.of();
    }

    /** A date written as ISO 8601 {@code YYYY-MM-DD}, and a real one (no 2021-13-40). */
    public static List<FieldProblem> date(String field, String raw) {
        if (raw == null) return List.of();
        try {
            LocalDate.parse(raw.trim(), ISO_DATE);
            return List.of();
        } catch (DateTimeParseException e) {
            return problem(field, "expected a date as YYYY-MM-DD (such as 2022-01-06), found " + quote(raw));
        }
    }

    /** Parses a date that {@link #date} accepted. */
    public static LocalDate parseDate(String raw) {
        return LocalDate.parse(raw.trim(), ISO_DATE);
    }

    /** A semantic version, pre-release and build parts allowed ({@code 2.0.0-rc.1}). */
    public static List<FieldProblem> version(String field, String raw) {
        if (raw == null || SemVer.isValid(raw)) return List.of();
        return problem(field, "expected a semantic version MAJOR.MINOR.PATCH (such as 1.7.3 or 2.0.0-rc.1), found "
                + quote(raw));
    }

    /**
     * A version no lower than {@code highest}, the highest the post has had (its own or one of its revisions'):
     * versions only go up, so that the history reads in order and a version names one state. Nothing to say when
     * there is no such version yet or {@code raw} is no version at all ({@link #version} says that).
     */
    public static List<FieldProblem> notBelow(String field, String raw, SemVer highest) {
        if (highest == null) return List.of();
        if (raw == null || raw.isBlank()) {
            // No version is below every version: removing it would let the next one start anywhere.
            return problem(field, "expected " + highest + " or later: versions only go up, and this post has been at "
                    + highest + ", so its version cannot be removed");
        }
        if (!SemVer.isValid(raw) || SemVer.parse(raw).compareTo(highest) >= 0) {
            return List.of();
        }
        return problem(field, "expected " + highest + " or later: versions only go up, and this post has been at "
                + highest + " (restore brings an older revision back as a new version), found " + quote(raw));
    }

    /**
     * A natural language as an ISO 639-1 code, optionally with an ISO 3166 region ({@code en}, {@code en-GB}): the
     * language in lower case and the region in upper case, as BCP 47 writes them.
     */
    public static List<FieldProblem> language(String field, String raw) {
        if (raw == null) return List.of();
        Matcher m = LANGUAGE_TAG.matcher(raw);
        if (m.matches() && ISO_LANGUAGES.contains(m.group(1)) && (m.group(2) == null || ISO_REGIONS.contains(m.group(2)))) {
            return List.of();
        }
        return problem(field, "expected an ISO 639-1 language code, optionally with a region (such as en or en-GB), found "
                + quote(raw));
    }

    /** An absolute http or https URL with a host. */
    public static List<FieldProblem> url(String field, String raw) {
        if (raw == null) return List.of();
        String why = "";
        try {
            URI uri = new URI(raw.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return List.of();
            }
        } catch (URISyntaxException e) {
            // An https URL with a space is refused for the space: said, or the message reads as a contradiction.
            int at = e.getIndex();
            char c = at >= 0 && at < raw.trim().length() ? raw.trim().charAt(at) : 0;
            why = c == ' ' ? " (a space at character " + (at + 1) + ": a URL writes it as %20)"
                    : at >= 0 && c != 0 ? " (" + quote(String.valueOf(c)) + " at character " + (at + 1) + " cannot be in a URL)" : "";
        }
        return problem(field, "expected an http or https URL, found " + quote(raw) + why);
    }

    /** A field every post needs (title, reference): present and not blank. */
    public static List<FieldProblem> required(String field, String raw) {
        return raw == null || raw.isBlank() ? problem(field, "is required") : List.of();
    }

    /** A whole number from 0 to {@code max}: reading time, view count, payload paragraphs and seed. */
    public static List<FieldProblem> nonNegativeWholeNumber(String field, String raw, long max) {
        if (raw == null) return List.of();
        String v = raw.trim();
        if (WHOLE_NUMBER.matcher(v).matches()) {
            try {
                if (Long.parseLong(v) <= max) return List.of();
            } catch (NumberFormatException tooLarge) {
                // reported below
            }
        }
        return problem(field, "expected a whole number from 0 to " + max + ", found " + quote(raw));
    }

    /** No entry listed twice; each repeat is reported at its own index ({@code stack[2]}). */
    public static List<FieldProblem> noDuplicates(String field, List<String> values) {
        if (values == null) return List.of();
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                problems.add(new FieldProblem(field + "[" + i + "]", quote(values.get(i)) + " is listed twice"));
            }
        }
        return problems;
    }

    private static List<FieldProblem> problem(String field, String message) {
        return List.of(new FieldProblem(field, message));
    }

    private static String quote(String raw) {
        return "'" + raw + "'";
    }
}
