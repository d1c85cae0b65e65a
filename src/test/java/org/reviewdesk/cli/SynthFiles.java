package org.reviewdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.model.Post;
import org.reviewdesk.synth.PostSynthesizer;

/** Synthesized posts written as alphanode files (p0.txt, p1.txt …) for a command-line test to import. */
final class SynthFiles {
    private SynthFiles() {
    }

    /** Writes posts 0 to {@code count - 1} of {@code seed} into {@code dir} (created); returns them in order. */
    static List<Post> write(Path dir, long seed, int count) throws IOException {
        Files.createDirectories(dir);
        PostSynthesizer synth = new PostSynthesizer(seed);
        AlphanodeTextWriter writer = new AlphanodeTextWriter();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Post post = synth.post(i);
            posts.add(post);
            Files.writeString(dir.resolve("p" + i + ".txt"), writer.write(post), StandardCharsets.UTF_8);
        }
        return posts;
    }
}
