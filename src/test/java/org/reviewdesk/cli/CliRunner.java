package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in-process against one library folder, capturing what a user would see. */
final class CliRunner {
    private final Path library;

    CliRunner(Path library) {
        this.library = library;
    }

    record Result(int exitCode, String out, String err) {
    }

    /** Runs {@code COMMAND --library <folder> ARGS…}. */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--library");
        all.add(2, org.reviewdesk.testing.TestLibraries.location(library));
        return runRaw(all.toArray(String[]::new));
    }

    Result runRaw(String... all) {
        CommandLine cl = ReviewDeskCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(all);
        return new Result(code, out.toString(), err.toString());
    }
}
