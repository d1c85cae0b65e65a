package org.reviewdesk.checks;

import org.reviewdesk.checks.rules.StandardChecks;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.checks.rules.BoilerplateSentenceCheck;
import org.reviewdesk.model.Post;

class CommonSentencesTest {
    private static final String STOCK = "In today's fast-paced world, every team needs a rollback plan.";

    /** Posts of their own sentences; those {@code stock} picks also say the stock sentence, twice. */
    private static List<String> bodies(int posts, java.util.function.IntPredicate stock) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            StringBuilder b = new StringBuilder("Post number " + i + " opens with its own words about release " + i + ".\n\n");
            for (int s = 0; s < 12; s++) {
                b.append("Sentence ").append(s).append(" of post ").append(i).append(" says something nobody else says. ");
            }
            if (stock.test(i)) b.append("\n\n").append(STOCK).append("\n\n").append(STOCK);
            bodies.add(b.toString());
        }
        return bodies;
    }

    private static String key(String sentence) {
        return SentenceKey.of(sentence);
    }

    @Test
    void countsThePostsThatShareASentenceOncePerPostAndForgetsTheRareOnes() {
        List<String> bodies = bodies(40, i -> i % 4 == 0);
        CommonSentences common = CommonSentences.count(bodies::forEach);
        assertThat(common.librarySize()).isEqualTo(40);
        assertThat(common.postsContaining(key(STOCK))).isEqualTo(10);
        assertThat(common.postsContaining(key("Sentence 3 of post 7 says something nobody else says."))).isZero();
    }

    @Test
    void findsAFrequentSentenceExactlyWhenFarMoreSentencesThanCountersGoBy() {
        // 300 posts of 13 unique sentences: 3,900 distinct ones through 50 counters, which are full long before the
        // stock sentence first comes (post 100); it is then in every other post, a third of the library.
        List<String> bodies = bodies(300, i -> i >= 100 && i % 2 == 0);
        CommonSentences common = CommonSentences.count(bodies::forEach, 50);
        assertThat(common.postsContaining(key(STOCK))).isEqualTo(100);
        assertThat(common.counts()).containsOnlyKeys(key(STOCK));
    }

    @Test
    void theBoilerplateCheckFindsWhatAFullCountFinds() {
        List<String> bodies = bodies(60, i -> i % 2 == 0);
        List<Post> posts = bodies.stream().map(Posts::post).toList();
        CheckSettings settings = Posts.SETTINGS;
        Post post = posts.get(0);
        CheckEngine engine = StandardChecks.engine();
        List<String> full = boilerplate(engine.run(post, InMemoryLibraryStats.of(posts), settings));
        List<String> common = boilerplate(engine.run(post, CommonSentences.count(bodies::forEach), settings));
        assertThat(full).isNotEmpty();
        assertThat(common).isEqualTo(full);
    }

    private static List<String> boilerplate(List<Finding> findings) {
        return findings.stream().filter(f -> f.checkId().equals(BoilerplateSentenceCheck.ID))
                .map(f -> f.line() + ":" + f.start() + "-" + f.end() + " " + f.message()).toList();
    }
}
