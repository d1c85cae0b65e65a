package org.reviewdesk.cli;

import java.io.PrintWriter;
import org.reviewdesk.service.Desk;

/**
 * After a change of what the checks find (a check switched, a tell list or a threshold changed, a word taken out of
 * the dictionary): every post is checked again, so that the queue's findings follow the change before the command
 * reports. Commands that offer it skip it with --no-checks.
 */
final class Recheck {
    private Recheck() {
    }

    static void library(Desk desk, picocli.CommandLine.Model.CommandSpec spec) {
        library(desk, spec, false);
    }

    /** With {@code json}, the line goes to standard error, so that standard output stays one JSON document. */
    static void library(Desk desk, picocli.CommandLine.Model.CommandSpec spec, boolean json) {
        PrintWriter out = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
        int n = desk.checks().recheckAll(done -> {
            if (done % 10_000 == 0) spec.commandLine().getErr().printf("checked %d posts%n", done);
        });
        out.printf("checked %s again; the queue's findings follow the change%n", TriageCommands.posts(n));
    }
}
