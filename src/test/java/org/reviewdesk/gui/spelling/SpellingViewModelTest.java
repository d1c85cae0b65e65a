package org.reviewdesk.gui.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.reviewdesk.checks.SpellingLanguage;
import org.reviewdesk.checks.SpellingSettings;
import org.reviewdesk.checks.spelling.Misspelling;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/** The editor's misspellings: spelled after a pause, dropped when the text moved on meanwhile, gone once a word is added. */
class SpellingViewModelTest {
    private final SameThreadExecutor clock = new SameThreadExecutor();
    private final HeldExecutor compute = new HeldExecutor(clock);
    private final Words library = new Words();
    private final SpellingViewModel model = new SpellingViewModel(library, clock, compute);

    private static Post post(String body) {
        return new Post("A title", body, Meta.builder().reference("ref-1").build());
    }

    private List<String> marked() {
        return model.markedProperty().get().misspellings().stream().map(Misspelling::word).toList();
    }

    @Test
    void aPostIsSpelledWhenOpenedAndAgainOnlyOnceTypingPauses() {
        model.opened(1, post("We recieve alerts."));
        compute.runAll();
        assertThat(marked()).containsExactly("recieve");

        model.changed(post("We recieve alerts from the dashbord."));
        compute.runAll();
        assertThat(compute.ran).as("nothing is spelled while typing goes on").isEqualTo(1);
        clock.advance(SpellingViewModel.CHECK_DELAY);
        compute.runAll();
        assertThat(marked()).containsExactly("recieve", "dashbord");
    }

    @Test
    void aResultForAnOlderTextIsNotShown() {
        model.opened(1, post("We recieve alerts."));
        model.changed(post("We receive alerts."));
        compute.runAll();
        assertThat(marked()).as("the spelled text is no longer the editor's: its marks would land wrong").isEmpty();
        clock.advance(SpellingViewModel.CHECK_DELAY);
        compute.runAll();
        assertThat(model.markedProperty().get().misspellings()).isEmpty();
    }

    @Test
    void aWordAddedToTheDictionaryOrIgnoredLosesItsMarkAndTheFindingsAreToldToFollow() {
        int[] told = {0};
        model.onWordsChangedProperty().set(() -> told[0]++);
        model.opened(1, post("The flakey retrier."));
        compute.runAll();
        assertThat(marked()).containsExactly("flakey", "retrier");

        model.addToDictionary("flakey");
        compute.runAll();
        assertThat(library.words).containsExactly("flakey");
        assertThat(marked()).containsExactly("retrier");
        model.ignoreInPost("retrier");
        compute.runAll();
        assertThat(library.ignored).containsExactly("1:retrier");
        assertThat(marked()).isEmpty();
        assertThat(told[0]).isEqualTo(2);
    }

    @Test
    void aLibraryWithTheCheckOffShowsNoMarks() {
        library.off = true;
        model.opened(1, post("We recieve alerts."));
        compute.runAll();
        assertThat(marked()).isEmpty();
        assertThat(model.suggestions("recieve")).isEmpty();
    }

    /** The spelling words of a library, in memory. */
    private static final class Words implements SpellingAccess {
        final Set<String> words = new HashSet<>();
        final List<String> ignored = new ArrayList<>();
        boolean off;

        @Override
        public Optional<SpellingSettings> settings() {
            Set<String> byPost = new HashSet<>();
            ignored.forEach(i -> byPost.add(i.substring(2)));
            return off ? Optional.empty() : Optional.of(new SpellingSettings(SpellingLanguage.EN_US, words,
                    Map.of("ref-1", byPost)));
        }

        @Override
        public void addToDictionary(String word) {
            words.add(word);
        }

        @Override
        public void ignoreInPost(long postId, String word) {
            ignored.add(postId + ":" + word);
        }
    }

    /** Background work that waits until the test runs it, so a text can change while its spelling is in flight. */
    private static final class HeldExecutor implements BackgroundExecutor {
        private final SameThreadExecutor clock;
        private final List<Runnable> held = new ArrayList<>();
        int ran;

        HeldExecutor(SameThreadExecutor clock) {
            this.clock = clock;
        }

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                ran++;
                clock.submit(work, onSuccess, onFailure);
            });
        }

        void runAll() {
            while (!held.isEmpty()) held.remove(0).run();
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable action) {
            return clock.schedule(delay, action);
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }

        @Override
        public void shutdown() {
        }
    }
}
