package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spelling check from the command line: reported by check, silenced by the dictionary, an ignore, or switching it off. */
class SpellingCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = "We recieve alerts when the dashbord goes red.\\n\\n```sh\\nrecieve --dashbord\\n```\\n";

    @TempDir
    Path tmp;
    private CliRunner cli;
    private Path post;

    @BeforeEach
    void library() throws Exception {
        cli = new CliRunner(tmp.resolve("library"));
        post = tmp.resolve("post.json");
        Files.writeString(post, "{\"title\": \"Alerts\", \"body\": \"" + BODY + "\", \"meta\": {\"reference\": \"spell-1\"}}");
    }

    private List<String> misspelt(String ref) throws Exception {
        CliRunner.Result r = cli.run("findings", ref, "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> words = new ArrayList<>();
        for (JsonNode f : JSON.readTree(r.out())) {
            if (f.get("check").asText().equals("spelling")) words.add(f.get("message").asText().split("\"")[1]);
        }
        return words;
    }

    /** The findings of one check in the first file of a {@code check --json}. */
    private static List<JsonNode> findingsOf(CliRunner.Result check, String id) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        JSON.readTree(check.out()).get(0).get("findings").forEach(f -> {
            if (f.get("id").asText().equals(id)) found.add(f);
        });
        return found;
    }

    @Test
    void checkOfAFileNamesTheLineOfTheFileNotOfTheBody() throws Exception {
        Path md = tmp.resolve("alerts.md");
        Files.writeString(md, "---\ntitle: Alerts\nreview_desk:\n  reference: md-1\n---\n\nThe alert fires.\n\n"
                + "We recieve it by mail.\n");

        CliRunner.Result text = cli.run("check", md.toString());
        CliRunner.Result json = cli.run("check", md.toString(), "--json");
        CliRunner.Result escaped = cli.run("check", post.toString());

        assertThat(text.out()).as(text.err()).contains(md + ":9: info: \"recieve\"");
        List<JsonNode> found = findingsOf(json, "spelling");
        assertThat(found).isNotEmpty();
        JsonNode spelling = found.get(found.size() - 1);
        assertThat(spelling.get("line").asInt()).as("the body's line").isEqualTo(3);
        assertThat(spelling.get("file_line").asInt()).isEqualTo(9);
        // A JSON body's line breaks are escaped: its lines are not the file's, and the output says so.
        assertThat(escaped.out()).contains(post + " (body line 1): info: \"recieve\"");
    }

    @Test
    void anAlphanodePageIsToldAtThePageLineTheWordIsOn() throws Exception {
        String page;
        try (var in = getClass().getResourceAsStream("/org/reviewdesk/formats/alphanode/rotation-page.txt")) {
            page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String line = "keep the old credential valid until the last consumer has switched, then revoke it.";
        int at = List.of(page.split("\n", -1)).indexOf(line) + 1;
        assertThat(at).isPositive();
        Path file = tmp.resolve("rotation.txt");
        Files.writeString(file, page.replace(line, line.replace("valid", "vallid")));

        CliRunner.Result text = cli.run("check", file.toString());

        assertThat(text.out()).as(text.err()).contains(file + ":" + at + ": info: \"vallid\"");
    }

    @Test
    void aFileOfSeveralPostsIsToldInBodyLines() throws Exception {
        Path feed = tmp.resolve("feed.json");
        Files.writeString(feed, "[\n{\"title\": \"One\", \"body\": \"We recieve it.\", \"meta\": {\"reference\": \"f-1\"}},\n"
                + "{\"title\": \"Two\", \"body\": \"Teh second.\", \"meta\": {\"reference\": \"f-2\"}}\n]\n");

        CliRunner.Result text = cli.run("check", feed.toString());

        assertThat(text.out()).as(text.err()).contains(feed + " (body line 1): info: \"recieve\"")
                .contains(feed + " (body line 1): info: \"Teh\"");
    }

    @Test
    void checkReportsMisspellingsOfTheProseWithRangeAndFixButNotTheCode() throws Exception {
        CliRunner.Result check = cli.run("check", post.toString(), "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        List<JsonNode> spelling = findingsOf(check, "spelling");
        assertThat(spelling).hasSize(2);
        assertThat(spelling.get(0).get("message").asText()).startsWith("\"recieve\" is not in the en-US dictionary");
        assertThat(spelling.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(spelling.get(0).get("range").get(0).asInt()).isEqualTo(3);
        assertThat(spelling.get(0).get("fix").asText()).isEqualTo("Replace with \"receive\"");
    }

    @Test
    void addingToTheLibraryDictionaryTakesTheFindingAwayAndRemovingPutsItBackAtTheNextCheck() throws Exception {
        assertThat(cli.run("import", post.toString()).exitCode()).isZero();
        assertThat(misspelt("spell-1")).containsExactly("recieve", "dashbord");

        CliRunner.Result add = cli.run("dictionary", "add", "Dashbord");
        assertThat(add.out()).contains("added: dashbord").contains("checked 1 post again");
        assertThat(misspelt("spell-1")).containsExactly("recieve");
        assertThat(cli.run("dictionary", "list").out().strip()).isEqualTo("dashbord");

        assertThat(cli.run("dictionary", "remove", "dashbord").out()).contains("removed: dashbord");
        assertThat(cli.run("check", "--all").exitCode()).isZero();
        assertThat(misspelt("spell-1")).containsExactly("recieve", "dashbord");
    }

    @Test
    void aWordIgnoredInOnePostIsIgnoredThereOnly() throws Exception {
        Files.writeString(tmp.resolve("other.json"), Files.readString(post).replace("spell-1", "spell-2").replace("Alerts", "More alerts"));
        assertThat(cli.run("import", post.toString(), tmp.resolve("other.json").toString()).exitCode()).isZero();
        CliRunner.Result ignore = cli.run("dictionary", "ignore", "spell-1", "recieve");
        assertThat(ignore.exitCode()).as(ignore.err()).isZero();
        assertThat(ignore.out().strip()).isEqualTo("recieve");
        assertThat(misspelt("spell-1")).containsExactly("dashbord");
        assertThat(misspelt("spell-2")).containsExactly("recieve", "dashbord");
        assertThat(cli.run("check", "--all").exitCode()).isZero();
        assertThat(misspelt("spell-1")).as("kept across a check of the library").containsExactly("dashbord");
        assertThat(cli.run("dictionary", "heed", "spell-1", "recieve").exitCode()).isZero();
        assertThat(cli.run("dictionary", "ignored", "spell-1").out()).isBlank();
        assertThat(misspelt("spell-1")).containsExactly("recieve", "dashbord");
        assertThat(cli.run("dictionary", "ignore", "no-such-ref", "recieve").err())
                .startsWith("review-desk: no post with reference 'no-such-ref'");
    }

    @Test
    void theCheckIsSwitchedOffLikeAnyCheck() throws Exception {
        assertThat(cli.run("import", post.toString()).exitCode()).isZero();
        assertThat(cli.run("checks", "disable", "spelling").exitCode()).isZero();
        assertThat(misspelt("spell-1")).isEmpty();
        assertThat(cli.run("checks", "enable", "spelling").exitCode()).isZero();
        assertThat(misspelt("spell-1")).hasSize(2);
    }

    @Test
    void theLanguageIsALibrarySetting() throws Exception {
        Path uk = tmp.resolve("uk.json");
        Files.writeString(uk, "{\"title\": \"Colour\", \"body\": \"The colour of its behaviour.\", \"meta\": {\"reference\": \"uk-1\"}}");
        assertThat(cli.run("import", uk.toString(), "--no-checks").exitCode()).isZero();
        assertThat(cli.run("check", "--ref", "uk-1").out()).contains("\"colour\" is not in the en-US dictionary");
        CliRunner.Result set = cli.run("settings", "spelling.language", "en-GB");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(cli.run("check", "--ref", "uk-1").out()).doesNotContain("(spelling)");
        assertThat(cli.run("settings", "spelling.language", "fr-FR").err())
                .contains("setting spelling.language takes one of en-US, en-GB, not 'fr-FR'");
    }

    @Test
    void aWordThatIsNoWordIsAOneLineError() throws Exception {
        CliRunner.Result bad = cli.run("dictionary", "add", "two words");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err().strip()).isEqualTo("review-desk: \"two words\" is not a word: expected letters, with "
                + "apostrophes or hyphens inside (at most 200)");
    }
}
