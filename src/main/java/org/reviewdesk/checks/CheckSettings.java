package org.reviewdesk.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The knobs of the checks for one library. Today's date is injected so that a check never reads the clock:
 * results are reproducible, and tests do not rot.
 *
 * @param disabledChecks        ids of checks switched off for this library
 * @param placeholderHosts      image hosts whose pictures are placeholders or stock whose licence needs a look;
 *                              an entry matches the host itself and its sub-domains
 * @param staleAfterDays        a review older than this many days is stale
 * @param nearDuplicateThreshold Jaccard similarity of word sets from which two different sentences count as
 *                              repeats (0..1)
 * @param boilerplateMinShare   share of the library's posts (0..1) a sentence must appear in to be boilerplate
 * @param boilerplateMinPosts   and at least this many posts, so that a library of three posts has no boilerplate
 * @param today                 the date "now" means
 * @param spelling              the spelling check's language and the words the library and its posts accept
 * @param tells                 the word and phrase lists of the tell checks, with the library's changes
 * @param minReadingEase        a post whose prose reads below this Flesch reading ease gets a readability finding
 */
public record CheckSettings(Set<String> disabledChecks, List<String> placeholderHosts, int staleAfterDays,
                            double nearDuplicateThreshold, double boilerplateMinShare, int boilerplateMinPosts,
                            LocalDate today, SpellingSettings spelling, TellLists tells, int minReadingEase) {

    public static final List<String> DEFAULT_PLACEHOLDER_HOSTS = List.of(
            "placeholder.com", "via.placeholder.com", "placehold.co", "placehold.it", "picsum.photos",
            "dummyimage.com", "loremflickr.com", "fakeimg.pl", "unsplash.com", "pexels.com", "pixabay.com",
            "shutterstock.com", "istockphoto.com", "gettyimages.com", "stock.adobe.com", "depositphotos.com");

    public static final int DEFAULT_STALE_AFTER_DAYS = 365;
    public static final double DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.8;
    public static final double DEFAULT_BOILERPLATE_MIN_SHARE = 0.2;
    public static final int DEFAULT_BOILERPLATE_MIN_POSTS = 3;
    /** Flesch 30 is the bottom of "difficult": dense technical prose sits in the thirties and forties. */
    public static final int DEFAULT_MIN_READING_EASE = 30;

    public CheckSettings {
        disabledChecks = Set.copyOf(disabledChecks);
        placeholderHosts = placeholderHosts.stream().map(h -> h.trim().toLowerCase(java.util.Locale.ROOT)).toList();
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(spelling, "spelling");
        Objects.requireNonNull(tells, "tells");
        if (staleAfterDays < 1) throw new IllegalArgumentException("staleAfterDays must be 1 or more, was " + staleAfterDays);
        if (nearDuplicateThreshold <= 0 || nearDuplicateThreshold > 1) {
            throw new IllegalArgumentException("nearDuplicateThreshold must be in (0, 1], was " + nearDuplicateThreshold);
        }
        if (boilerplateMinShare <= 0 || boilerplateMinShare > 1) {
            throw new IllegalArgumentException("boilerplateMinShare must be in (0, 1], was " + boilerplateMinShare);
        }
        if (boilerplateMinPosts < 2) {
            throw new IllegalArgumentException("boilerplateMinPosts must be 2 or more, was " + boilerplateMinPosts);
        }
    }

    /** The defaults, as of {@code today}. */
    public static CheckSettings defaults(LocalDate today) {
        return new CheckSettings(Set.of(), DEFAULT_PLACEHOLDER_HOSTS, DEFAULT_STALE_AFTER_DAYS,
                DEFAULT_NEAR_DUPLICATE_THRESHOLD, DEFAULT_BOILERPLATE_MIN_SHARE, DEFAULT_BOILERPLATE_MIN_POSTS, today,
                SpellingSettings.DEFAULTS, TellLists.standard(), DEFAULT_MIN_READING_EASE);
    }

    public boolean isEnabled(String checkId) {
        return !disabledChecks.contains(checkId);
    }

    public CheckSettings withDisabled(Set<String> ids) {
        return new CheckSettings(ids, placeholderHosts, staleAfterDays, nearDuplicateThreshold, boilerplateMinShare,
                boilerplateMinPosts, today, spelling, tells, minReadingEase);
    }

    public CheckSettings withPlaceholderHosts(List<String> hosts) {
        return new CheckSettings(disabledChecks, hosts, staleAfterDays, nearDuplicateThreshold, boilerplateMinShare,
                boilerplateMinPosts, today, spelling, tells, minReadingEase);
    }

    public CheckSettings withStaleAfterDays(int days) {
        return new CheckSettings(disabledChecks, placeholderHosts, days, nearDuplicateThreshold, boilerplateMinShare,
                boilerplateMinPosts, today, spelling, tells, minReadingEase);
    }

    public CheckSettings withNearDuplicateThreshold(double threshold) {
        return new CheckSettings(disabledChecks, placeholderHosts, staleAfterDays, threshold, boilerplateMinShare,
                boilerplateMinPosts, today, spelling, tells, minReadingEase);
    }

    public CheckSettings withBoilerplate(double minShare, int minPosts) {
        return new CheckSettings(disabledChecks, placeholderHosts, staleAfterDays, nearDuplicateThreshold, minShare,
                minPosts, today, spelling, tells, minReadingEase);
    }

    public CheckSettings withToday(LocalDate date) {
        return new CheckSettings(disabledChecks, placeholderHosts, staleAfterDays, nearDuplicateThreshold,
                boilerplateMinShare, boilerplateMinPosts, date, spelling, tells, minReadingEase);
    }

    public CheckSettings withSpelling(SpellingSettings s) {
        return new CheckSettings(disabledChecks, placeholderHosts, staleAfterDays, nearDuplicateThreshold,
                boilerplateMinShare, boilerplateMinPosts, today, s, tells, minReadingEase);
    }

    public CheckSettings withTells(TellLists lists) {
        return new CheckSettings(disabledChecks, placeholderHosts, staleAfterDays, nearDuplicateThreshold,
                boilerplateMinShare, boilerplateMinPosts, today, spelling, lists, minReadingEase);
    }

    public CheckSettings withMinReadingEase(int ease) {
        return new CheckSettings(disabledChecks, placeholderHosts, staleAfterDays, nearDuplicateThreshold,
                boilerplateMinShare, boilerplateMinPosts, today, spelling, tells, ease);
    }

    /** True when the host of an image URL is a listed host or one of its sub-domains. */
    public boolean isPlaceholderHost(String host) {
        if (host == null || host.isEmpty()) return false;
        String h = host.toLowerCase(java.util.Locale.ROOT);
        for (String listed : placeholderHosts) {
            if (h.equals(listed) || h.endsWith("." + listed)) return true;
        }
        return false;
    }
}
