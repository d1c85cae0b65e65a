package org.reviewdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.model.Post;
import org.reviewdesk.synth.PostSynthesizer;

/** What a lead's script does without the window: trash, assign, flag, saved views, checks, findings and dismissals. */
class ScriptedTriageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private CliRunner cli;
    private List<String> refs;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(tmp.resolve("library"));
        Path drafts = Files.createDirectories(tmp.resolve("drafts"));
        PostSynthesizer synth = new PostSynthesizer(8);
        refs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Post post = synth.post(i);
            refs.add(post.reference());
            Files.writeString(drafts.resolve("p" + i + ".txt"), new AlphanodeTextWriter().write(post), StandardCharsets.UTF_8);
        }
        assertThat(cli.run("import", drafts.toString()).exitCode()).isZero();
    }

    private JsonNode listed(String reference) throws Exception {
        for (JsonNode row : JSON.readTree(cli.run("queue", "--json", "--limit", "100").out())) {
            if (row.get("reference").asText().equals(reference)) return row;
        }
        return null;
    }

    @Test
    void aMistypedReferenceChangesNothingAndIsNamed() throws Exception {
        CliRunner.Result r = cli.run("trash", refs.get(0), "no-such-post");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no post with reference 'no-such-post'");
        assertThat(listed(refs.get(0))).as("the first reference was not trashed either").isNotNull();
    }

    @Test
    void trashedPostsLeaveTheQueueAndComeBack() throws Exception {
        CliRunner.Result trashed = cli.run("trash", refs.get(0), refs.get(1), "--json");
        assertThat(trashed.exitCode()).as(trashed.err()).isZero();
        assertThat(JSON.readTree(trashed.out()).get("posts")).hasSize(2);
        assertThat(listed(refs.get(0))).isNull();
        assertThat(listed(refs.get(1))).isNull();
        assertThat(cli.run("untrash", refs.get(1)).out()).contains("took 1 post out of the trash");
        assertThat(listed(refs.get(1))).isNotNull();
        assertThat(listed(refs.get(0))).isNull();
    }

    @Test
    void aTrashOrUntrashThatFindsThePostWhereItWouldPutItSaysSo() throws Exception {
        assertThat(cli.run("trash", refs.get(0)).out()).contains("moved 1 post to the trash");
        CliRunner.Result again = cli.run("trash", refs.get(0), refs.get(1), "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode json = JSON.readTree(again.out());
        assertThat(json.get("posts")).extracting(JsonNode::asText).containsExactly(refs.get(1));
        assertThat(json.get("unchanged")).extracting(JsonNode::asText).containsExactly(refs.get(0));

        CliRunner.Result untrash = cli.run("untrash", refs.get(2), refs.get(0));
        assertThat(untrash.exitCode()).as(untrash.err()).isZero();
        assertThat(untrash.out()).contains("took 1 post out of the trash; '" + refs.get(2) + "' was not in the trash");
        assertThat(cli.run("trash", refs.get(1)).out())
                .contains("moved 0 posts to the trash; '" + refs.get(1) + "' was in the trash already");
        assertThat(listed(refs.get(0))).isNotNull();
        assertThat(listed(refs.get(2))).isNotNull();
    }

    @Test
    void assignAndFlagShowInTheQueueAndTheFlagsReasonInTheHistory() throws Exception {
        assertThat(cli.run("assign", refs.get(2), refs.get(3), "--to", "Ada").out()).contains("assigned 2 posts to Ada");
        assertThat(listed(refs.get(2)).get("assignee").asText()).isEqualTo("Ada");
        assertThat(cli.run("assign", refs.get(3), "--to", "").out()).contains("unassigned 1 post");
        assertThat(listed(refs.get(3)).get("assignee").isNull()).isTrue();

        CliRunner.Result flagged = cli.run("flag", refs.get(2), "--reason", "figures look invented");
        assertThat(flagged.exitCode()).as(flagged.err()).isZero();
        assertThat(listed(refs.get(2)).get("needs_human_review").asBoolean()).isTrue();
        assertThat(cli.run("history", refs.get(2)).out()).contains("flagged for review: figures look invented");

        CliRunner.Result again = cli.run("flag", refs.get(2), "--reason", "the benchmark is from 2019");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(cli.run("history", refs.get(2)).out()).as("a second reason for a post flagged already is kept too")
                .contains("flagged for review: figures look invented").contains("flagged for review: the benchmark is from 2019");
    }

    @Test
    void afterSetBumpOrRestoreTheQueuesFindingsAreThePostsAsItIsNow() throws Exception {
        List<String> stale = staleReview();
        assertThat(stale).as("posts reviewed years ago").hasSizeGreaterThanOrEqualTo(2);
        String bumped = stale.get(0);
        String set = stale.get(1);

        assertThat(cli.run("bump", bumped, "patch").exitCode()).isZero();
        assertThat(cli.run("set", set, "revision.last_reviewed=" + java.time.LocalDate.now()).exitCode()).isZero();
        assertThat(staleReview()).doesNotContain(bumped, set);

        String before = JSON.readTree(cli.run("history", set, "--json").out()).get(0).get("version").asText();
        assertThat(cli.run("set", set, "revision.last_reviewed=2015-01-01").exitCode()).isZero();
        assertThat(staleReview()).contains(set);
        assertThat(cli.run("restore", set, before).exitCode()).isZero();
        assertThat(staleReview()).as("the restored state was reviewed today").doesNotContain(set);
    }

    @Test
    void aPostInTheTrashIsChangedByNoCommandUntilItIsTakenOut() throws Exception {
        String ref = refs.get(1);
        JsonNode before = listed(ref);
        String version = before.get("version").asText();
        assertThat(cli.run("trash", ref).exitCode()).isZero();
        for (String[] command : List.of(new String[] {"set", ref, "topic=changed in the trash"},
                new String[] {"bump", ref, "patch"}, new String[] {"mark-reviewed", ref},
                new String[] {"restore", ref, version}, new String[] {"flag", ref}, new String[] {"assign", ref, "--to", "Ada"})) {
            CliRunner.Result r = cli.run(command);
            assertThat(r.exitCode()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(r.err()).contains("is in the trash (untrash first); nothing was changed");
        }
        assertThat(cli.run("untrash", ref).exitCode()).isZero();
        assertThat(listed(ref)).as("as it was before the trash").isEqualTo(before);
        assertThat(cli.run("set", ref, "topic=changed out of the trash").exitCode()).isZero();
    }

    @Test
    void aMistypedCheckInAFilterIsRefusedNotAnEmptyQueue() throws Exception {
        CliRunner.Result typo = cli.run("queue", "--finding", "repeated-sentences");
        assertThat(typo.exitCode()).isEqualTo(1);
        assertThat(typo.err()).contains("there is no check 'repeated-sentences'").contains("repeated-sentence,");
        assertThat(cli.run("views", "save", "typo", "--finding", "stale-reviews").exitCode()).isEqualTo(1);
        assertThat(JSON.readTree(cli.run("views", "--json").out())).isEmpty();
    }

    private List<String> staleReview() throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode row : JSON.readTree(cli.run("queue", "--finding", "stale-review", "--json", "--limit", "100").out())) {
            out.add(row.get("reference").asText());
        }
        return out;
    }

    @Test
    void aSavedViewIsListedWithItsFilterAndDeleted() throws Exception {
        assertThat(cli.run("views", "save", "stale for Ada", "--max-freshness", "40", "--assignee", "Ada").exitCode()).isZero();
        JsonNode views = JSON.readTree(cli.run("views", "--json").out());
        assertThat(views).hasSize(1);
        assertThat(views.get(0).get("name").asText()).isEqualTo("stale for Ada");
        assertThat(views.get(0).get("filter").get("max_freshness").asInt()).isEqualTo(40);
        assertThat(views.get(0).get("filter").get("assignee").asText()).isEqualTo("Ada");
        assertThat(views.get(0).get("sort").asText()).isEqualTo("priority");
        CliRunner.Result narrow = cli.run("views", "save", "weak repeats", "--max-quality", "60", "--finding",
                "repeated-sentence", "--unassigned", "--max-readability", "40", "--open-comments");
        assertThat(narrow.exitCode()).as(narrow.err()).isZero();
        assertThat(cli.run("views").out()).contains("--unassigned --finding repeated-sentence --max-quality 60");
        JsonNode weak = JSON.readTree(cli.run("views", "--json").out()).get(1);
        assertThat(weak.get("filter").get("quality").get("max").asInt()).isEqualTo(60);
        assertThat(weak.get("filter").get("findings").get(0).asText()).isEqualTo("repeated-sentence");
        assertThat(weak.get("filter").get("assignee").asText()).as("unassigned").isEmpty();
        assertThat(weak.get("filter").get("reading_ease").get("max").asInt()).isEqualTo(40);
        assertThat(weak.get("filter").get("min_open_comments").asInt()).isEqualTo(1);
        assertThat(cli.run("views", "delete", "weak repeats").exitCode()).isZero();
        assertThat(cli.run("views", "save", "by quality", "--sort", "quality", "--descending").exitCode()).isZero();
        assertThat(cli.run("views").out()).contains("quality descending");
        assertThat(cli.run("views", "delete", "by quality").exitCode()).isZero();
        assertThat(cli.run("views", "delete", "stale for Ada").exitCode()).isZero();
        assertThat(JSON.readTree(cli.run("views", "--json").out())).isEmpty();
        CliRunner.Result missing = cli.run("views", "delete", "stale for Ada");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("there is no view 'stale for Ada'");
    }

    @Test
    void aDismissedFindingStaysDismissedAndADisabledCheckStopsFinding() throws Exception {
        JsonNode findings = JSON.readTree(cli.run("findings", refs.get(0), "--json").out());
        assertThat(findings).isNotEmpty();
        String check = findings.get(0).get("check").asText();
        long ofCheck = 0;
        for (JsonNode f : findings) if (f.get("check").asText().equals(check)) ofCheck++;

        CliRunner.Result dismissed = cli.run("dismiss", refs.get(0), check, "--reason", "intended");
        assertThat(dismissed.exitCode()).as(dismissed.err()).isZero();
        assertThat(dismissed.out()).contains("dismissed " + ofCheck + " " + check);
        // Checked again: the dismissal holds, with its reason.
        for (JsonNode f : JSON.readTree(cli.run("findings", refs.get(0), "--json").out())) {
            if (f.get("check").asText().equals(check)) {
                assertThat(f.get("dismissed").asBoolean()).isTrue();
                assertThat(f.get("dismissed_reason").asText()).isEqualTo("intended");
            }
        }
        assertThat(cli.run("dismiss", refs.get(0), check, "--reason", "again").exitCode()).isEqualTo(1);
        int countedWhileDismissed = listed(refs.get(0)).get("findings").asInt();
        CliRunner.Result back = cli.run("undismiss", refs.get(0), check);
        assertThat(back.out()).as(back.err()).contains("brought back " + ofCheck + " " + check);
        assertThat(listed(refs.get(0)).get("findings").asInt()).as("they count again in the queue")
                .isEqualTo(countedWhileDismissed + ofCheck);
        assertThat(cli.run("undismiss", refs.get(0), check).err()).contains("no dismissed " + check + " finding");
        cli.run("dismiss", refs.get(0), check, "--reason", "intended");

        // The queue counts what is stored: after the check is off and the library checked again, its findings go.
        int ofCheckOnLast = 0;
        for (JsonNode f : JSON.readTree(cli.run("findings", refs.get(3), "--json").out())) {
            if (f.get("check").asText().equals(check)) ofCheckOnLast++;
        }
        assertThat(ofCheckOnLast).as("the last post has findings of the check too").isPositive();
        int queuedBefore = listed(refs.get(3)).get("findings").asInt();
        assertThat(cli.run("checks", "disable", check).out()).contains("disabled: " + check);
        assertThat(listed(refs.get(3)).get("findings").asInt()).isEqualTo(queuedBefore - ofCheckOnLast);
        JsonNode list = JSON.readTree(cli.run("checks", "--json").out());
        boolean seen = false;
        for (JsonNode c : list) {
            if (c.get("id").asText().equals(check)) {
                seen = true;
                assertThat(c.get("enabled").asBoolean()).isFalse();
            }
        }
        assertThat(seen).isTrue();
        for (JsonNode f : JSON.readTree(cli.run("findings", refs.get(1), "--json").out())) {
            assertThat(f.get("check").asText()).isNotEqualTo(check);
        }
        CliRunner.Result unknown = cli.run("checks", "disable", "no-such-check");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("there is no check 'no-such-check'");
    }

    @Test
    void theQueueNarrowsByFindingScoreAndAssigneeAndCountsPerCheck() throws Exception {
        for (String ref : refs) cli.run("findings", ref);
        cli.run("assign", refs.get(0), "--to", "Ada");
        JsonNode all = JSON.readTree(cli.run("queue", "--json", "--limit", "100").out());
        String check = JSON.readTree(cli.run("findings", refs.get(1), "--json").out()).get(0).get("check").asText();
        int withCheck = 0;
        int unassignedUnder60WithCheck = 0;
        for (JsonNode row : all) {
            boolean has = false;
            for (JsonNode f : JSON.readTree(cli.run("findings", row.get("reference").asText(), "--json").out())) {
                has |= f.get("check").asText().equals(check);
            }
            if (has) withCheck++;
            JsonNode quality = JSON.readTree(cli.run("export", "--format", "json", "--ref", row.get("reference").asText()).out())
                    .path("meta").path("score").path("quality");
            if (has && row.get("assignee").isNull() && quality.isInt() && quality.asInt() < 60) unassignedUnder60WithCheck++;
        }
        assertThat(JSON.readTree(cli.run("queue", "--json", "--finding", check).out())).hasSize(withCheck);
        assertThat(JSON.readTree(cli.run("queue", "--json", "--finding", check, "--max-quality", "59", "--unassigned").out()))
                .hasSize(unassignedUnder60WithCheck);
        assertThat(JSON.readTree(cli.run("queue", "--json", "--assignee", "Ada").out())).singleElement()
                .satisfies(row -> assertThat(row.get("reference").asText()).isEqualTo(refs.get(0)));
        assertThat(cli.run("queue").out()).contains("findings: ").contains(check + " ");
        CliRunner.Result bad = cli.run("queue", "--severity", "fatal");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("--severity takes error, warning or info, not 'fatal'");
    }

    @Test
    void setEditsFieldsByPathAndRefusesAWrongValueWhole() throws Exception {
        String ref = refs.get(1);
        CliRunner.Result set = cli.run("set", ref, "score.quality=55", "revision.status=in review", "stack=redis, python",
                "language=en-GB");
        assertThat(set.exitCode()).as(set.err()).isZero();
        JsonNode meta = JSON.readTree(cli.run("export", "--format", "json", "--ref", ref).out()).get("meta");
        assertThat(meta.get("score").get("quality").asInt()).isEqualTo(55);
        assertThat(meta.get("revision").get("status").asText()).isEqualTo("in review");
        assertThat(meta.get("stack")).extracting(JsonNode::asText).containsExactly("redis", "python");
        assertThat(meta.get("language").asText()).isEqualTo("en-GB");

        CliRunner.Result refused = cli.run("set", ref, "score.quality=40", "score.depth=140");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("score.depth", "0 to 100");
        assertThat(JSON.readTree(cli.run("export", "--format", "json", "--ref", ref).out()).get("meta").get("score")
                .get("quality").asInt()).as("nothing of a refused set is written").isEqualTo(55);

        assertThat(cli.run("set", ref, "language=").exitCode()).isZero();
        assertThat(JSON.readTree(cli.run("export", "--format", "json", "--ref", ref).out()).get("meta").has("language")).isFalse();
        CliRunner.Result unknown = cli.run("set", ref, "score.qualty=1");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("there is no meta field 'score.qualty'");
    }
}
