package org.reviewdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version (semver.org 2.0.0): {@code MAJOR.MINOR.PATCH[-PRE.RELEASE][+BUILD]}.
 * Ordering follows semver precedence; build metadata is kept but does not order.
 */
public record SemVer(int major, int minor, int patch, List<String> preRelease, List<String> build)
        implements Comparable<SemVer> {

    private static final Pattern FORMAT = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*))*))?"
                    + "(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");

    public SemVer {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version numbers cannot be negative");
        }
        preRelease = List.copyOf(preRelease);
        build = List.copyOf(build);
    }

    public static SemVer of(int major, int minor, int patch) {
        return new SemVer(major, minor, patch, List.of(), List.of());
    }

    /** Parses a version, or throws {@link IllegalArgumentException} saying what was expected. */
    public static SemVer parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a semantic version (expected MAJOR.MINOR.PATCH such as 1.7.3 or 2.0.0-rc.1)");
        }
        try {
            return new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4) == null ? List.of() : List.of(m.group(4).split("\\.")),
                    m.group(5) == null ? List.of() : List.of(m.group(5).split("\\.")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' has a version number too large", e);
        }
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.trim()).matches();
    }

    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    /** The next patch version; a pre-release of x.y.z becomes x.y.z itself. */
    public SemVer bumpPatch() {
        return isPreRelease() ? of(major, minor, patch) : of(major, minor, next(patch));
    }

    /** The next minor version; a pre-release of x.y.0 becomes x.y.0 itself. */
    public SemVer bumpMinor() {
        return isPreRelease() && patch == 0 ? of(major, minor, 0) : of(major, next(minor), 0);
    }

    /** The next major version; a pre-release of x.0.0 becomes x.0.0 itself. */
    public SemVer bumpMajor() {
        return isPreRelease() && patch == 0 && minor == 0 ? of(major, 0, 0) : of(next(major), 0, 0);
    }

    /** One more, refused with a clear word when the number is already the largest a version keeps. */
    private static int next(int number) {
        if (number == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the version number " + number + " is the largest a version keeps: it cannot be bumped");
        }
        return number + 1;
    }

    public SemVer bump(Bump kind) {
        return switch (kind) {
            case PATCH -> bumpPatch();
            case MINOR -> bumpMinor();
            case MAJOR -> bumpMajor();
        };
    }

    /** Which part of a version a writer bumps. */
    public enum Bump {
        PATCH, MINOR, MAJOR;

        public static Bump parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "' is not a bump (expected patch, minor or major)", e);
            }
        }
    }

    /** The higher of two versions, either of which may be missing (null); null when both are. */
    public static SemVer higher(SemVer a, SemVer b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.compareTo(a) > 0 ? b : a;
    }

    @Override
    public int compareTo(SemVer o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) c = Integer.compare(minor, o.minor);
        if (c == 0) c = Integer.compare(patch, o.patch);
        if (c != 0) return c;
        if (preRelease.isEmpty() || o.preRelease.isEmpty()) {
            return Boolean.compare(preRelease.isEmpty(), o.preRelease.isEmpty());
        }
        for (int i = 0; i < Math.min(preRelease.size(), o.preRelease.size()); i++) {
            c = compareIdentifier(preRelease.get(i), o.preRelease.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(preRelease.size(), o.preRelease.size());
    }

    private static int compareIdentifier(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit);
        boolean nb = b.chars().allMatch(Character::isDigit);
        if (na && nb) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        if (na != nb) return na ? -1 : 1;
        return a.compareTo(b);
    }

    /**
     * A key that sorts versions by precedence as plain text (for an indexed column): numbers are zero-padded,
     * numeric pre-release identifiers rank before alphanumeric ones, and a release after its pre-releases.
     */
    public String sortKey() {
        StringBuilder sb = new StringBuilder(34);
        padded(sb, major).append('.');
        padded(sb, minor).append('.');
        padded(sb, patch);
        if (preRelease.isEmpty()) {
            return sb.append('~').toString();
        }
        for (String id : preRelease) {
            boolean numeric = id.chars().allMatch(Character::isDigit);
            sb.append('-');
            if (numeric) padded(sb.append('0'), Long.parseLong(id));
            else sb.append('1').append(id);
        }
        return sb.toString();
    }

    /** {@code n} in at least ten digits, zero-padded, as {@code %010d} writes it (a format costs more than an import's row). */
    private static StringBuilder padded(StringBuilder sb, long n) {
        String digits = Long.toString(n);
        for (int i = digits.length(); i < 10; i++) sb.append('0');
        return sb.append(digits);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(major).append('.').append(minor).append('.').append(patch);
        if (!preRelease.isEmpty()) sb.append('-').append(String.join(".", preRelease));
        if (!build.isEmpty()) sb.append('+').append(String.join(".", build));
        return sb.toString();
    }
}
