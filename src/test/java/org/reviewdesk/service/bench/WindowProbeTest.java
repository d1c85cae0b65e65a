package org.reviewdesk.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The later starts are summarised by the middle one of each figure and the slowest start, not by one lucky run. */
class WindowProbeTest {
    @Test
    void eachFigureIsTheMedianOverTheStartsAndTheSlowestIsKept() {
        Map<String, Double> figures = WindowProbe.medians(List.of(
                Map.of("interactive_ms", 2600.0, "desk_shown_ms", 2100.0),
                Map.of("interactive_ms", 3400.0, "desk_shown_ms", 2000.0),
                Map.of("interactive_ms", 2500.0, "desk_shown_ms", 2300.0)));

        assertThat(figures).containsEntry("interactive_ms", 2600.0)
                .containsEntry("desk_shown_ms", 2100.0)
                .containsEntry("interactive_max_ms", 3400.0)
                .containsEntry("starts", 3.0);
    }

    @Test
    void everyFigureOfTheReportIsRead() {
        assertThat(WindowProbe.figures("{\"interactive_ms\": 2339, \"queue_sort_click_p50_ms\": 68, "
                + "\"queue_sort_click_p95_ms\": 412, \"heap_used_mb\": 63}\n"))
                .containsEntry("interactive_ms", 2339.0).containsEntry("queue_sort_click_p50_ms", 68.0)
                .containsEntry("queue_sort_click_p95_ms", 412.0).containsEntry("heap_used_mb", 63.0).hasSize(4);
    }

    @Test
    void theRatioIsTheLargeLibrarysMedianStartOverTheSmallOnes() {
        BenchReport.WindowFigures large = new BenchReport.WindowFigures(3100.0,
                Map.of("interactive_ms", 2500.0, "desk_shown_ms", 2100.0), null);
        BenchReport.WindowFigures small = new BenchReport.WindowFigures(-1.0,
                Map.of("interactive_ms", 2000.0, "interactive_max_ms", 2300.0), null);

        BenchReport.WindowFigures both = SmallLibraryStart.addTo(large, small);

        assertThat(both.later()).containsEntry("interactive_ratio_to_1000_posts", 1.25)
                .containsEntry("interactive_ms_1000_posts", 2000.0).containsEntry("interactive_max_ms_1000_posts", 2300.0)
                .containsEntry("desk_shown_ms", 2100.0);
        assertThat(both.firstStartInteractiveMs()).isEqualTo(3100.0);
        assertThat(SmallLibraryStart.addTo(large, BenchReport.WindowFigures.skipped("no display")).later())
                .doesNotContainKey("interactive_ratio_to_1000_posts");
    }

    /** The bench measures the window as app/review-desk starts it: the same JVM options, named in both places. */
    @Test
    void theBenchStartsTheWindowWithTheLaunchersOptions() throws Exception {
        String launcher = Files.readString(Path.of("app", "review-desk"));
        String line = launcher.lines().filter(l -> l.trim().startsWith("window_jvm=(")).findFirst().orElseThrow();
        String inside = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));

        assertThat(Arrays.asList(inside.trim().split("\\s+"))).isEqualTo(WindowProbe.WINDOW_OPTIONS);
        assertThat(launcher).contains("\"${window_jvm[@]}\")");
    }
}
