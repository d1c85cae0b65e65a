package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.SpellingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The spelling check's words: the library's dictionary, and the words one post ignores. */
@Command(name = "dictionary", mixinStandardHelpOptions = true,
        description = {"The library's dictionary: words the spelling check accepts in every post.",
                "  list | add WORD... | remove WORD...",
                "  ignore REF WORD... | heed REF WORD... | ignored REF   (words one post ignores)",
                "Adding words checks again the posts whose spelling findings named them; removing words checks every post",
                "again (--no-checks: at the next 'check --all')."})
final class DictionaryCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Parameters(index = "0", paramLabel = "ACTION", defaultValue = "list",
            description = "list, add, remove, ignore, heed or ignored (default: list).")
    String action;
    @Parameters(index = "1..*", paramLabel = "ARG", arity = "0..*", description = "Words; for ignore, heed and ignored the post's reference first.")
    List<String> args = new ArrayList<>();
    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;
    @Option(names = "--no-checks", description = "remove: do not check the library again.")
    boolean noChecks;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Desk desk = library.open()) {
            SpellingService spelling = desk.spelling();
            switch (action) {
                case "list" -> print(out, "words", spelling.dictionary());
                case "add" -> changed(out, "added", spelling.add(words(0)));
                case "remove" -> {
                    changed(out, "removed", spelling.remove(words(0)));
                    // A word taken out may be misspelt anywhere: only a check of every post finds where.
                    if (!noChecks) Recheck.library(desk, spec, json);
                }
                case "ignore", "heed" -> {
                    String ref = reference();
                    for (String w : words(1)) spelling.setIgnored(ref, w, action.equals("ignore"));
                    print(out, "ignored", spelling.ignored(ref));
                }
                case "ignored" -> print(out, "ignored", spelling.ignored(reference()));
                default -> throw new ParameterException(spec.commandLine(), "'" + action
                        + "' is not an action (expected list, add, remove, ignore, heed or ignored)");
            }
        }
        return 0;
    }

    private String reference() {
        if (args.isEmpty()) throw new ParameterException(spec.commandLine(), action + " needs the post's reference (REF)");
        return args.get(0);
    }

    private List<String> words(int from) {
        if (args.size() <= from) throw new ParameterException(spec.commandLine(), action + " needs one or more words");
        return args.subList(from, args.size());
    }

    private void print(PrintWriter out, String key, List<String> words) {
        if (json) out.println(Json.write(Map.of(key, words)));
        else words.forEach(out::println);
    }

    private void changed(PrintWriter out, String verb, SpellingService.DictionaryChange change) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(verb, change.words());
            m.put("checked", change.checked());
            out.println(Json.write(m));
            return;
        }
        out.println(verb + ": " + (change.words().isEmpty() ? "nothing (already so)" : String.join(" ", change.words())));
        if (change.checked() > 0) out.printf("checked %s again%n", TriageCommands.posts(change.checked()));
    }
}
