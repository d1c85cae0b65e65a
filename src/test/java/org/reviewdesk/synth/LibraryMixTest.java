package org.reviewdesk.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.SemVer;

/** What a lead would see in a 5,000-post synthesized library: the mix, the spread and honest meta boxes. */
class LibraryMixTest {
    private static final int SIZE = 5_000;
    private static List<SynthesizedPost> library;

    @BeforeAll
    static void generate() {
        library = new PostSynthesizer(2024).stream(SIZE).toList();
    }

    private static List<SynthesizedPost> consistent() {
        return library.stream().filter(SynthesizedPost::consistent).toList();
    }

    private static List<SynthesizedPost> with(Inconsistency kind) {
        return library.stream().filter(p -> p.inconsistencies().contains(kind)).toList();
    }

    @Test
    void aboutFifteenPercentAreFlaggedForReview() {
        long flagged = library.stream().filter(p -> p.post().meta().flags().needsReview()).count();
        assertThat(flagged).isBetween(SIZE * 10L / 100, SIZE * 20L / 100);
    }

    @Test
    void freshnessCoversTheWholeScale() {
        int[] deciles = new int[11];
        for (SynthesizedPost p : library) deciles[p.post().meta().score().freshness() / 10]++;
        assertThat(java.util.Arrays.stream(deciles).boxed().toList()).allMatch(count -> count > 0);
        assertThat(library).anyMatch(p -> p.post().meta().score().freshness() == 0)
                .anyMatch(p -> p.post().meta().score().freshness() == 100);
    }

    @Test
    void viewCountsSpreadOverOrdersOfMagnitude() {
        List<Long> views = library.stream().map(p -> p.post().meta().viewCount()).sorted().toList();
        assertThat(views.get(0)).isLessThan(100);
        assertThat(views.get(views.size() - 1)).isGreaterThan(500_000);
        assertThat(views.get(views.size() / 2)).isBetween(1_000L, 50_000L);
    }

    @Test
    void aboutAQuarterIsInconsistentWithEveryKindPresent() {
        assertThat(consistent().size()).isBetween(SIZE * 70 / 100, SIZE * 80 / 100);
        Map<Inconsistency, Integer> counts = new EnumMap<>(Inconsistency.class);
        library.forEach(p -> p.inconsistencies().forEach(k -> counts.merge(k, 1, Integer::sum)));
        assertThat(counts).hasSize(Inconsistency.values().length);
        assertThat(counts.values()).allMatch(n -> n >= 50);
    }

    @Test
    void consistentPostsCountTheirParagraphsChecklistReadingTimeAndImagesRight() {
        for (SynthesizedPost p : consistent()) {
            Meta meta = p.post().meta();
            BodyShape shape = BodyShape.of(p.post().body());
            assertThat(meta.payload().paragraphs()).as(meta.reference()).isEqualTo(shape.paragraphs().size());
            assertThat(meta.checklist()).as(meta.reference()).isEqualTo(shape.checklist());
            assertThat(meta.readingTime()).as(meta.reference()).isEqualTo(expectedReadingTime(p.post().body()));
            assertThat(captionsWithSource(meta)).as(meta.reference()).containsExactlyElementsOf(shape.imageCaptions());
            assertThat(meta.flags().hasImages()).isEqualTo(!shape.imageCaptions().isEmpty());
            assertThat(shape.sentences()).as(meta.reference()).doesNotHaveDuplicates();
            assertThat(shape.otherLines()).isEmpty();
            assertThat(shape.imageUrls()).noneMatch(LibraryMixTest::isPlaceholder);
            assertThat(hasMathBold(p.post().body())).isFalse();
        }
    }

    @Test
    void eachInconsistencyShowsInThePost() {
        assertThat(with(Inconsistency.WRONG_PARAGRAPH_COUNT)).allMatch(p ->
                p.post().meta().payload().paragraphs() != BodyShape.of(p.post().body()).paragraphs().size());
        assertThat(with(Inconsistency.WRONG_READING_TIME)).allMatch(p ->
                p.post().meta().readingTime() >= expectedReadingTime(p.post().body()) + 4);
        assertThat(with(Inconsistency.CHECKLIST_MISMATCH)).allMatch(p ->
                !p.post().meta().checklist().equals(BodyShape.of(p.post().body()).checklist()));
        assertThat(with(Inconsistency.IMAGE_WITHOUT_SOURCE)).allMatch(p ->
                !captionsWithSource(p.post().meta()).containsAll(BodyShape.of(p.post().body()).imageCaptions()));
        assertThat(with(Inconsistency.PLACEHOLDER_IMAGE_HOST)).allMatch(p ->
                BodyShape.of(p.post().body()).imageUrls().stream().anyMatch(LibraryMixTest::isPlaceholder));
        assertThat(with(Inconsistency.PSEUDO_BOLD)).allMatch(p -> hasMathBold(p.post().body()));
        assertThat(with(Inconsistency.REPEATED_SENTENCE)).allMatch(p -> {
            List<String> sentences = BodyShape.of(p.post().body()).sentences();
            return new HashSet<>(sentences).size() < sentences.size();
        });
        Set<String> debris = Set.copyOf(SentencePools.standard().pool("debris"));
        assertThat(with(Inconsistency.SCRAPE_DEBRIS)).allMatch(p ->
                p.post().body().lines().anyMatch(debris::contains));
    }

    @Test
    void everyMetaBoxIsValid() {
        Pattern reference = Pattern.compile("anp-ref-\\d{6}-\\d{4}");
        Pattern hash = Pattern.compile("[0-9a-f]{24}");
        int preReleases = 0;
        for (SynthesizedPost p : library) {
            Meta meta = p.post().meta();
            Score score = meta.score();
            for (Integer value : List.of(score.quality(), score.freshness(), score.depth(), score.clarity())) {
                assertThat(value).isBetween(0, 100);
            }
            String version = meta.revision().version().toString();
            assertThat(SemVer.parse(version)).isEqualTo(meta.revision().version());
            if (meta.revision().version().isPreRelease()) preReleases++;
            assertThat(meta.revision().status().isKnown()).isTrue();
            assertThat(meta.revision().lastReviewed()).isBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2025, 12, 31));
            assertThat(meta.difficulty().isKnown()).isTrue();
            assertThat(meta.reference()).matches(reference);
            assertThat(meta.hash()).matches(hash);
            assertThat(meta.payload().sourceId()).isEqualTo("alphanode-%06d", p.index() + 1);
            assertThat(meta.payload().seed()).isEqualTo(p.index() + 1L);
            assertThat(meta.readingTime()).isPositive();
            assertThat(meta.aiOutline().isEmpty()).isFalse();
            assertThat(meta.aiOutline().recommendedAction()).isNotBlank();
            assertThat(meta.stack()).hasSize(3);
            assertThat(meta.tools()).isNotEmpty();
            assertThat(meta.entities()).extracting(e -> e.type()).contains("stack", "area", "problem");
            assertThat(meta.notes()).isNotEmpty();
            assertThat(meta.topic()).contains(" / ");
        }
        assertThat(preReleases).isBetween(SIZE * 3 / 100, SIZE * 10 / 100);
    }

    @Test
    void tenThousandPostsDoNotReadAsOne() {
        Set<String> bodies = new HashSet<>();
        Set<String> sentences = new HashSet<>();
        Set<String> openings = new HashSet<>();
        for (SynthesizedPost p : library) {
            bodies.add(p.post().body());
            BodyShape shape = BodyShape.of(p.post().body());
            sentences.addAll(shape.sentences());
            openings.add(shape.paragraphs().get(0));
        }
        assertThat(bodies).hasSize(SIZE);
        assertThat(openings.size()).isGreaterThan(SIZE * 95 / 100);
        assertThat(sentences.size()).isGreaterThan(150);
    }

    private static int expectedReadingTime(String body) {
        int words = body.trim().split("\\s+").length;
        return Math.max(1, (int) Math.ceil(words / 200.0));
    }

    private static List<String> captionsWithSource(Meta meta) {
        List<String> captions = new ArrayList<>();
        if (meta.imageSources() != null) for (ImageSource s : meta.imageSources()) captions.add(s.caption());
        return captions;
    }

    private static boolean isPlaceholder(String url) {
        return ImageUrls.PLACEHOLDER_HOSTS.stream().anyMatch(host -> url.startsWith("https://" + host + "/"));
    }

    private static boolean hasMathBold(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x1D400 && c <= 0x1D7FF);
    }
}
