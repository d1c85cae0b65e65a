package org.reviewdesk.gui.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reviewdesk.formats.Format;
import org.reviewdesk.formats.registry.Formats;
import org.reviewdesk.formats.ReaderOptions;
import org.reviewdesk.formats.SourceText;
import org.reviewdesk.model.AiOutline;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.Score;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.synth.SampleLibrary;
import org.reviewdesk.testing.SharedData;

/** Loading a post into the form and reading it back loses nothing when nothing was touched. */
class MetaPanelRoundTripTest {
    private final MetaPanelViewModel form = new MetaPanelViewModel();
    private final List<Meta> edits = new ArrayList<>();

    private void assertUnchanged(Post post) {
        form.setOnEdit((title, meta, drafts) -> edits.add(meta));
        form.load(post.title(), post.meta());
        assertThat(form.toMeta()).as(post.reference()).isEqualTo(post.meta());
        assertThat(form.title()).isEqualTo(post.title());
        assertThat(edits).as("loading is not an edit").isEmpty();
    }

    @Test
    void everySeedPostComesBackUnchanged() throws Exception {
        List<Post> posts = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedData.seeds())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString();
                String text = SourceText.decode(Files.readAllBytes(file), name);
                Format format = Formats.detect(name, text);
                posts.addAll(Formats.reader(format, new ReaderOptions(true)).read(text, name));
            }
        }
        assertThat(posts).hasSizeGreaterThanOrEqualTo(3);
        posts.forEach(this::assertUnchanged);
    }

    @Test
    void theProjectsFixtureAndSamplePostsComeBackUnchanged() throws Exception {
        String name = "rotation-page.txt";
        String text = new String(getClass().getResourceAsStream("/org/reviewdesk/formats/alphanode/" + name).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Formats.reader(Format.ALPHANODE, ReaderOptions.DEFAULT).read(text, name).forEach(this::assertUnchanged);
        SampleLibrary.posts().forEach(this::assertUnchanged);
    }

    @Test
    void fiveHundredSynthesizedPostsComeBackUnchanged() {
        new PostSynthesizer(4).generate(500).forEach(this::assertUnchanged);
    }

    @Test
    void absentAndEmptyStayDifferent() {
        assertUnchanged(new Post("", "", Meta.EMPTY));
        assertUnchanged(new Post("t", "", Meta.builder().stack(List.of()).checklist(List.of()).entities(List.of())
                .imageSources(List.of()).notes(List.of()).score(Score.EMPTY).aiOutline(AiOutline.EMPTY)
                .payload(Payload.EMPTY).topic("").difficulty(org.reviewdesk.model.Difficulty.of(""))
                .putExtra("empty", "").putExtra("empty list", List.of()).putExtra("one item", List.of("only"))
                .build()));
    }
}
