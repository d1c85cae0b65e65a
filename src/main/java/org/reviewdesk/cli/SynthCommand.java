package org.reviewdesk.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reviewdesk.formats.Format;
import org.reviewdesk.formats.registry.Formats;
import org.reviewdesk.formats.PostWriter;
import org.reviewdesk.synth.PostSynthesizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Writes N synthesized posts (the project's own wording, in the structure of alphanode pages) into DIR,",
                "one file per post; the same seed gives the same posts."})
final class SynthCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many posts.")
    int count;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into (created if needed).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "alphanode", paramLabel = "FORMAT",
            description = "alphanode, markdown or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        if (count < 0 || count > PostSynthesizer.MAX_POSTS) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--count must be from 0 to " + PostSynthesizer.MAX_POSTS + ", not " + count);
        }
        Format chosen = Format.parse(format);
        if (chosen != Format.ALPHANODE && chosen != Format.MARKDOWN && chosen != Format.JSON) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "synth writes alphanode, markdown or json");
        }
        PostWriter writer = Formats.writer(chosen);
        PostSynthesizer synth = new PostSynthesizer(seed);
        Files.createDirectories(out);
        int width = Math.max(6, String.valueOf(count).length());
        for (int i = 0; i < count; i++) {
            Path file = out.resolve(String.format("synth-%0" + width + "d.%s", i, chosen.extension()));
            Files.writeString(file, writer.write(synth.post(i)), StandardCharsets.UTF_8);
        }
        spec.commandLine().getErr().printf("%d post%s written to %s (seed %d, %s)%n", count, count == 1 ? "" : "s", out, seed,
                chosen.id());
        return 0;
    }
}
