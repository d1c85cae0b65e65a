package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reviewdesk.model.library.LibrarySettings;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.SettingsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The library's settings: listed, read, set and put back to their defaults; and what "reviewed" requires. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"The library's settings, shared by everyone who opens it; user.name is each person's own.",
                "  settings                  every setting, its value and what it does",
                "  settings NAME             the value of one",
                "  settings NAME VALUE       sets it (checked against what the setting takes)",
                "  settings NAME --reset     puts it back to its default",
                "What marking a post reviewed requires: settings review-checklist, settings error-checks."},
        subcommands = {ReviewCommands.ReviewChecklist.class, ReviewCommands.ErrorChecks.class})
final class SettingsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Parameters(index = "0", paramLabel = "NAME", arity = "0..1", description = "The setting.")
    String name;
    @Parameters(index = "1", paramLabel = "VALUE", arity = "0..1", description = "Its new value.")
    String value;
    @Option(names = "--reset", description = "Puts the setting back to its default.")
    boolean reset;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;
    @Option(names = "--no-checks", description = "A setting the checks read (spelling.language, "
            + "readability.min_reading_ease) checks every post again when set; this skips that.")
    boolean noChecks;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Desk desk = library.open()) {
            SettingsService settings = desk.settings();
            if (name == null) {
                list(out, settings.list());
            } else if (reset) {
                settings.reset(name);
                out.println(name + " = " + shown(settings.get(name)) + " (default)");
                if (!noChecks && LibrarySettings.readByChecks(name)) Recheck.library(desk, spec);
            } else if (value != null) {
                settings.set(name, value);
                out.println(name + " = " + shown(settings.get(name)));
                if (!noChecks && LibrarySettings.readByChecks(name)) Recheck.library(desk, spec);
            } else {
                out.println(settings.get(name));
            }
        }
        return 0;
    }

    private void list(PrintWriter out, List<SettingsService.Value> values) {
        if (json) {
            List<Map<String, Object>> rows = values.stream().map(v -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", v.setting().name());
                row.put("value", v.value());
                row.put("default", v.isDefault());
                row.put("description", v.setting().description());
                return row;
            }).toList();
            out.println(Json.write(rows));
            return;
        }
        for (SettingsService.Value v : values) {
            out.println(v.setting().name() + " = " + shown(v.value())
                    + (v.isDefault() ? " (default)" : ""));
            out.println("    " + v.setting().description());
        }
    }

    private static String shown(String value) {
        return value.isEmpty() ? "\"\"" : value;
    }
}
