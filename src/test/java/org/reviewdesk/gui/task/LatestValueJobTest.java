package org.reviewdesk.gui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LatestValueJobTest {
    /** Holds submitted work until the test releases it, like a slow background thread. */
    private static final class ManualExecutor implements BackgroundExecutor {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            queued.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void runNext() {
            queued.remove(0).run();
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable action) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }

        @Override
        public void shutdown() {
        }
    }

    private final List<String> worked = new ArrayList<>();
    private final List<String> delivered = new ArrayList<>();

    /** A job that upper-cases its input, noting what it worked on and what it delivered. */
    private LatestValueJob<String, String> upperCasing(BackgroundExecutor executor) {
        return new LatestValueJob<>(executor, in -> {
            worked.add(in);
            return in.toUpperCase();
        }, r -> delivered.add(r.output()), e -> { });
    }

    @Test
    void aFailureIsToldWithTheInputThatFailedAndTheNextRequestStillRuns() {
        ManualExecutor executor = new ManualExecutor();
        List<String> failed = new ArrayList<>();
        LatestValueJob<String, String> job = new LatestValueJob<>(executor, in -> {
            if (in.startsWith("bad")) throw new IllegalArgumentException("no " + in);
            return in.toUpperCase();
        }, r -> delivered.add(r.output()), (in, e) -> failed.add(in + ": " + e.getMessage()), Duration.ZERO);

        job.request("bad post 7");
        job.request("post 8");
        executor.runNext();
        executor.runNext();

        assertThat(failed).containsExactly("bad post 7: no bad post 7");
        assertThat(delivered).containsExactly("POST 8");
    }

    @Test
    void aBurstWhileOneJobRunsLeadsToOneMoreJobForTheLatestInput() {
        ManualExecutor executor = new ManualExecutor();
        LatestValueJob<String, String> job = upperCasing(executor);

        job.request("a");
        job.request("ab");
        job.request("abc");
        job.request("abcd");
        assertThat(executor.queued).hasSize(1);
        executor.runNext();
        assertThat(executor.queued).hasSize(1);
        executor.runNext();

        assertThat(worked).containsExactly("a", "abcd");
        assertThat(delivered).containsExactly("A", "ABCD");
        assertThat(executor.queued).isEmpty();
    }

    @Test
    void whatWasAskedBeforeADiscardDeliversNothingAndWhatWaitedIsDropped() {
        ManualExecutor executor = new ManualExecutor();
        LatestValueJob<String, String> job = upperCasing(executor);
        List.of("old post", "old post, edited").forEach(job::request);

        job.discardEarlier();
        job.request("new post");
        while (!executor.queued.isEmpty()) executor.runNext();

        assertThat(worked).containsExactly("old post", "new post");
        assertThat(delivered).containsExactly("NEW POST");
    }

    @Test
    void aFailureDoesNotStopLaterRequests() {
        SameThreadExecutor executor = new SameThreadExecutor();
        List<String> delivered = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        LatestValueJob<String, String> job = new LatestValueJob<>(executor, in -> {
            if (in.isEmpty()) throw new IllegalArgumentException("empty");
            return in;
        }, r -> delivered.add(r.output()), e -> errors.add(e.getMessage()));

        job.request("");
        job.request("x");

        assertThat(errors).containsExactly("empty");
        assertThat(delivered).containsExactly("x");
    }

    @Test
    void aJobThatRestsRunsOnceAtOnceAndThenOnceMoreForTheLatestInputAfterTheRest() {
        SameThreadExecutor executor = new SameThreadExecutor();
        List<String> delivered = new ArrayList<>();
        LatestValueJob<String, String> job = new LatestValueJob<>(executor, String::toUpperCase,
                r -> delivered.add(r.output()), e -> { }, Duration.ofMillis(300));

        job.request("a");
        job.request("ab");
        executor.advance(Duration.ofMillis(100));
        job.request("abc");
        assertThat(delivered).containsExactly("A");

        executor.advance(Duration.ofMillis(200));
        assertThat(delivered).containsExactly("A", "ABC");

        // After a quiet spell the next request runs at once again.
        executor.advance(Duration.ofSeconds(1));
        job.request("abcd");
        assertThat(delivered).containsExactly("A", "ABC", "ABCD");
        assertThat(executor.submittedCount()).isEqualTo(3);
    }
}
