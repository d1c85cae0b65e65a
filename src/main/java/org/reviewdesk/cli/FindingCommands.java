package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reviewdesk.model.library.StoredFinding;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.FindingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A post's findings and their dismissal, and which checks the library runs: findings, dismiss, checks. */
final class FindingCommands {
    private FindingCommands() {
    }

    @Command(name = "findings", mixinStandardHelpOptions = true,
            description = {"A post's findings as it is now (the checks run and their findings are stored for the queue),",
                    "dismissed ones with their reasons. Findings are information for a person, not a verdict."})
    static final class Findings implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(index = "0", paramLabel = "REF", description = "The post's reference.")
        String reference;
        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            List<StoredFinding> findings;
            try (Desk desk = library.open()) {
                findings = desk.findings().current(reference);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(findings.stream().map(FindingCommands::toJson).toList()));
                return 0;
            }
            Table table = new Table("LINE", "SEVERITY", "CHECK", "MESSAGE", "DISMISSED");
            for (StoredFinding f : findings) {
                table.row(f.field() != null ? f.field() : Integer.toString(f.line()), f.severity(), f.checkId(), f.message(),
                        f.dismissed() ? f.dismissedReason() : "");
            }
            table.print(out);
            int all = findings.stream().mapToInt(StoredFinding::count).sum();
            int open = findings.stream().filter(f -> !f.dismissed()).mapToInt(StoredFinding::count).sum();
            out.printf("%d finding%s, %d open%n", all, all == 1 ? "" : "s", open);
            return 0;
        }
    }

    static Map<String, Object> toJson(StoredFinding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("check", f.checkId());
        m.put("severity", f.severity());
        m.put("message", f.message());
        m.put("line", f.line());
        m.put("field", f.field());
        m.put("dismissed", f.dismissed());
        m.put("dismissed_reason", f.dismissedReason());
        if (f.unlisted() > 0) m.put("unlisted", f.unlisted());
        return m;
    }

    /** A command on a post's findings of one check (all of them, or the one on --line), saying how many it changed. */
    abstract static class OnFindings implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(index = "0", paramLabel = "REF", description = "The post's reference.")
        String reference;
        @Parameters(index = "1", paramLabel = "CHECK", description = "The check's id (see: review-desk findings REF).")
        String checkId;
        @Option(names = "--line", paramLabel = "N", description = "Only the finding on line N.")
        Integer line;

        /** Changes the findings; returns how many, for "dismissed 2 … findings on REF". */
        abstract int change(Desk desk);

        /** The past tense the command reports in ("dismissed", "brought back"). */
        abstract String done();

        @Override
        public Integer call() throws Exception {
            try (Desk desk = library.open()) {
                int n = change(desk);
                spec.commandLine().getOut().printf("%s %d %s finding%s on %s%n", done(), n, checkId, n == 1 ? "" : "s", reference);
            }
            return 0;
        }
    }

    @Command(name = "dismiss", mixinStandardHelpOptions = true,
            description = {"Dismisses a post's open findings of one check, with a reason that is kept; they stay dismissed",
                    "when the checks run again. --line picks the one on that line."})
    static final class Dismiss extends OnFindings {
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it does not apply.")
        String reason;

        @Override
        int change(Desk desk) {
            return desk.findings().dismiss(reference, checkId, line, reason);
        }

        @Override
        String done() {
            return "dismissed";
        }
    }

    @Command(name = "undismiss", mixinStandardHelpOptions = true,
            description = "Brings back the post's dismissed findings of one check: they count again, in the queue too.")
    static final class Undismiss extends OnFindings {
        @Override
        int change(Desk desk) {
            return desk.findings().undismiss(reference, checkId, line);
        }

        @Override
        String done() {
            return "brought back";
        }
    }

    @Command(name = "checks", mixinStandardHelpOptions = true,
            description = {"The editorial checks and whether this library runs them.",
                    "  list            every check, its severity, on or off (the default)",
                    "  enable ID       runs the check again (and checks the library again, unless --no-checks)",
                    "  disable ID      stops running it for the whole library (and checks the library again, unless --no-checks)"})
    static final class Checks implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(index = "0", paramLabel = "list|enable|disable", defaultValue = "list", description = "What to do (default: list).")
        String action;
        @Parameters(index = "1", paramLabel = "ID", arity = "0..1", description = "The check's id.")
        String id;
        @Option(names = "--json", description = "Print the list as JSON.")
        boolean json;
        @Option(names = "--no-checks", description = "enable/disable: do not check the library again (the queue's "
                + "findings then follow at the next 'check --all').")
        boolean noChecks;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Desk desk = library.open()) {
                switch (action) {
                    case "list" -> list(out, desk.findings().checks());
                    case "enable", "disable" -> {
                        if (id == null) throw new picocli.CommandLine.ParameterException(spec.commandLine(), action + " needs the check's ID");
                        desk.findings().setCheckEnabled(id, action.equals("enable"));
                        out.println((action.equals("enable") ? "enabled: " : "disabled: ") + id);
                        if (!noChecks) Recheck.library(desk, spec);
                    }
                    default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "'" + action + "' is not an action (expected list, enable or disable)");
                }
            }
            return 0;
        }

        private void list(PrintWriter out, List<FindingService.CheckState> checks) {
            if (json) {
                out.println(Json.write(checks.stream().map(c -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", c.id());
                    m.put("severity", c.severity());
                    m.put("enabled", c.enabled());
                    return m;
                }).toList()));
                return;
            }
            Table table = new Table("CHECK", "SEVERITY", "ON");
            for (FindingService.CheckState c : checks) table.row(c.id(), c.severity(), c.enabled() ? "yes" : "no");
            table.print(out);
        }
    }
}
