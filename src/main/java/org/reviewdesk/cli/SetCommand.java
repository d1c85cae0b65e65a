package org.reviewdesk.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reviewdesk.formats.json.MetaJson;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.service.Desk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Sets meta fields of a post by their JSON path, checked by the rules the window's form uses:",
                "  review-desk set REF score.quality=55 revision.status=\"in review\" stack=redis,python language=en-GB",
                "A list takes comma-separated items; an empty value (FIELD=) removes the field. One wrong value refuses",
                "them all, naming the field and the rule (exit 1).",
                "--if-version N: only when the post's row version is still N (row_version of list --json or set --json);",
                "otherwise nothing is written and the command exits 6, as it does when the post changes while it is set."})
final class SetCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Parameters(index = "0", paramLabel = "REF", description = "The post's reference.")
    String reference;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FIELD=VALUE", description = "The fields to set.")
    List<String> assignments;
    @Option(names = "--json", description = "Print the post's row version and meta as stored, as JSON.")
    boolean json;
    @Option(names = "--if-version", paramLabel = "N",
            description = "The row version the caller read; the post is not set when it changed since (exit 6).")
    Long ifVersion;

    @Override
    public Integer call() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "'" + a + "' is not FIELD=VALUE (such as score.quality=55)");
            }
            values.put(a.substring(0, eq).strip(), a.substring(eq + 1));
        }
        StoredPost stored;
        int exit;
        try (Desk desk = library.open()) {
            stored = desk.edits().set(reference, values,
                    ifVersion == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(ifVersion));
            exit = Rechecked.after(desk, stored, spec);
        }
        if (json) {
            var out = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
            out.put("reference", stored.post().reference());
            out.put("row_version", stored.rowVersion());
            out.set("meta", MetaJson.write(stored.post().meta()));
            spec.commandLine().getOut().println(out.toPrettyString());
            return exit;
        }
        for (String path : values.keySet()) {
            MetaField field = MetaFields.byPath(path).orElseThrow();
            String now = field.text(stored.post().meta());
            spec.commandLine().getOut().println(path + " = " + (now == null ? "(absent)" : now));
        }
        return exit;
    }
}
