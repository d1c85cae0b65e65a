package org.reviewdesk.gui.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.model.Difficulty;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.validation.FieldProblem;

/** Each kind of field, each rule and undo, as the user changes the form. */
class MetaPanelViewModelTest {
    private final MetaPanelViewModel form = new MetaPanelViewModel();
    private final List<Meta> saved = new ArrayList<>();
    private final List<FieldDrafts> drafts = new ArrayList<>();
    private final Meta stored = Meta.builder().reference("ref-1").topic("caching")
            .stack(List.of("redis", "python")).score(new Score(null, 12, null, null))
            .revision(new Revision(ReviewStatus.DRAFTED, SemVer.parse("1.7.3"), LocalDate.of(2022, 1, 6)))
            .flags(new Flags(true, null, false, null))
            .checklist(List.of("measure", "cache", "expire"))
            .entities(List.of(new Entity("Redis", "stack")))
            .imageSources(List.of(new ImageSource("diagram", "https://example.org/a.png", "Flow")))
            .payload(new Payload("src-1", "gen", 4, "howto", 989L))
            .putExtra("mood", "calm").putExtra("tags", List.of("a", "b"))
            .build();

    @BeforeEach
    void load() {
        form.load("Caching with Redis", stored);
        form.setOnEdit((title, meta, fieldDrafts) -> {
            saved.add(meta);
            drafts.add(fieldDrafts);
        });
    }

    private List<String> problemFields() {
        return form.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void typingAScoreSetsOnlyThatScoreAndUntouchedEmptyScoresStayAbsent() {
        form.text("score.quality").set("80");
        assertThat(form.toMeta().score()).isEqualTo(new Score(80, 12, null, null));
        assertThat(saved).last().extracting(Meta::score).isEqualTo(new Score(80, 12, null, null));
        form.text("score.freshness").set(null);
        assertThat(form.toMeta().score()).isEqualTo(new Score(80, null, null, null));
    }

    @Test
    void aScoreOutOfRangeIsAProblemOnItsFieldAndTheStoredValueStays() {
        form.text("score.freshness").set("150");
        assertThat(form.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("score.freshness");
            assertThat(p.message()).contains("0 to 100").contains("150");
        });
        assertThat(form.toMeta().score().freshness()).isEqualTo(12);
        assertThat(form.hasErrors().get()).isTrue();
        assertThat(form.problemSummary().get()).isEqualTo("1 problem: score.freshness");
        form.text("score.freshness").set("15");
        assertThat(form.hasErrors().get()).isFalse();
        assertThat(form.problemSummary().get()).isEmpty();
    }

    @Test
    void aBrokenFieldFallsBackToItsLastSavedValueAndGoesWithTheEditAsADraft() {
        form.text("score.freshness").set("60");
        form.saved(form.toMeta());
        form.text("score.freshness").set("600");

        assertThat(form.toMeta().score().freshness()).as("the saved 60, not the loaded 12").isEqualTo(60);
        assertThat(form.fieldDrafts()).isEqualTo(new FieldDrafts(Map.of("score.freshness", "600")));
        assertThat(drafts).last().isEqualTo(form.fieldDrafts());
        form.text("score.freshness").set("6000");
        assertThat(drafts).as("a new text is a new edit, though the meta box is the same").last()
                .isEqualTo(new FieldDrafts(Map.of("score.freshness", "6000")));
    }

    @Test
    void aSaveThatEndsAfterTheFieldBrokeHandsTheEditOnAgainWithTheSavedValue() {
        form.text("score.freshness").set("60");
        Meta beingSaved = form.toMeta();
        form.text("score.freshness").set("600");
        assertThat(saved).last().extracting(m -> m.score().freshness()).isEqualTo(12);

        form.saved(beingSaved);

        assertThat(saved).last().extracting(m -> m.score().freshness()).isEqualTo(60);
        assertThat(form.text("score.freshness").get()).isEqualTo("600");
    }

    @Test
    void aDraftIsShownOnLoadAndKeptByAFixOfAnotherField() {
        form.load("Caching with Redis", stored, new FieldDrafts(Map.of("score.quality", "600")));
        assertThat(form.text("score.quality").get()).isEqualTo("600");
        assertThat(problemFields()).containsExactly("score.quality");
        assertThat(form.toMeta()).isEqualTo(stored);

        form.replace(stored.toBuilder().notes(List.of("checked")).build());
        assertThat(form.text("score.quality").get()).isEqualTo("600");
        form.replace(stored.toBuilder().score(new Score(70, 12, null, null)).build());
        assertThat(form.text("score.quality").get()).as("a fix of the field itself wins").isEqualTo("70");
        assertThat(form.fieldDrafts().isEmpty()).isTrue();
    }

    @Test
    void theLanguageIsValidatedOnItsFieldAndAWrongOneWaitsAsADraft() {
        form.text("language").set("english");
        assertThat(form.problems()).containsExactly(new FieldProblem("language",
                "expected an ISO 639-1 language code, optionally with a region (such as en or en-GB), found 'english'"));
        assertThat(form.toMeta().language()).as("the meta box cannot hold it").isNull();
        assertThat(form.fieldDrafts().byField()).containsEntry("language", "english");

        form.text("language").set("en-GB");
        assertThat(form.problems()).isEmpty();
        assertThat(saved).last().extracting(Meta::language).isEqualTo("en-GB");
        form.text("language").set(null);
        assertThat(saved).last().isEqualTo(stored);
    }

    @Test
    void versionsAndDatesFollowTheirRules() {
        form.text("revision.version").set("1.8");
        form.text("revision.last_reviewed").set("2022-13-40");
        assertThat(problemFields()).containsExactly("revision.version", "revision.last_reviewed");
        assertThat(form.toMeta().revision()).isEqualTo(stored.revision());
        assertThat(form.problemSummary().get()).startsWith("2 problems: revision.version, revision.last_reviewed");

        form.text("revision.version").set("2.0.0-rc.1");
        form.text("revision.last_reviewed").set("2024-02-29");
        assertThat(form.toMeta().revision()).isEqualTo(new Revision(ReviewStatus.DRAFTED, SemVer.parse("2.0.0-rc.1"),
                LocalDate.of(2024, 2, 29)));
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void statusAndDifficultyKeepValuesOutsideTheKnownOnes() {
        form.text("revision.status").set("needs legal");
        form.text("difficulty").set("expert");
        assertThat(form.toMeta().revision().status()).isEqualTo(ReviewStatus.of("needs legal"));
        assertThat(form.toMeta().difficulty()).isEqualTo(Difficulty.of("expert"));
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void wholeNumbersAreCheckedForReadingTimeViewCountAndPayload() {
        form.text("reading_time").set("-3");
        form.text("view_count").set("many");
        form.text("payload.paragraphs").set("4.5");
        form.text("payload.seed").set("99999999999999999999");
        assertThat(problemFields()).containsExactly("reading_time", "view_count", "payload.paragraphs", "payload.seed");
        assertThat(form.toMeta().payload()).isEqualTo(stored.payload());
        assertThat(form.toMeta().readingTime()).isNull();
        form.text("reading_time").set("9");
        assertThat(form.toMeta().readingTime()).isEqualTo(9);
    }

    @Test
    void requiredTitleAndReference() {
        form.text("title").set(null);
        form.text("reference").set("  ");
        assertThat(problemFields()).containsExactly("title", "reference");
        assertThat(form.hasErrors().get()).isTrue();
        assertThat(saved).as("a post with problems is still saved, as a draft").isNotEmpty();
    }

    @Test
    void tagListsRefuseNothingButReportDuplicatesAtTheirIndex() {
        form.list("stack").add("redis");
        assertThat(problemFields()).containsExactly("stack[2]");
        form.list("tools").add("docker");
        assertThat(form.toMeta().tools()).containsExactly("docker");
        form.list("stack").remove(2);
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void checklistAddRemoveAndReorder() {
        StringListEditor.move(form.list("checklist"), 2, -1);
        assertThat(form.toMeta().checklist()).containsExactly("measure", "expire", "cache");
        StringListEditor.move(form.list("checklist"), 0, -1);
        assertThat(form.toMeta().checklist()).containsExactly("measure", "expire", "cache");
        form.list("checklist").add("monitor");
        form.list("checklist").remove("measure");
        assertThat(form.toMeta().checklist()).containsExactly("expire", "cache", "monitor");
        form.list("notes").add("check the TTL");
        form.list("notes").add("check the TTL");
        assertThat(problemFields()).containsExactly("notes[1]");
    }

    @Test
    void entitiesAndImageSourcesAreEditableTables() {
        form.entities().get(0).typeProperty().set("database");
        form.addEntity();
        form.entities().get(1).nameProperty().set("Python");
        form.entities().get(1).typeProperty().set("stack");
        assertThat(form.toMeta().entities()).containsExactly(new Entity("Redis", "database"), new Entity("Python", "stack"));

        form.imageSources().get(0).urlProperty().set("example.org/a.png");
        assertThat(problemFields()).containsExactly("image_sources[0].url");
        form.addImageSource();
        form.imageSources().get(1).captionProperty().set("Flow");
        assertThat(problemFields()).contains("image_sources[1].url", "image_sources[1].caption");
    }

    @Test
    void flagsStayAbsentUntilSet() {
        form.flag("flags.needs_human_review").set(true);
        assertThat(form.toMeta().flags()).isEqualTo(new Flags(true, null, false, true));
        form.load(Meta.EMPTY);
        form.flag("flags.has_images").set(false);
        assertThat(form.toMeta().flags()).isEqualTo(new Flags(null, false, null, null));
    }

    @Test
    void otherFieldsKeepTheirOrderAndListsAreOneItemPerLine() {
        assertThat(form.extra()).extracting(r -> r.valueProperty().get()).containsExactly("calm", "a\nb");
        form.extra().get(1).valueProperty().set("a\nb\nc");
        form.addExtra("zone", "eu");
        assertThat(form.toMeta().extra()).containsExactly(
                java.util.Map.entry("mood", "calm"), java.util.Map.entry("tags", List.of("a", "b", "c")),
                java.util.Map.entry("zone", "eu"));
        form.addExtra("mood", "dup");
        form.addExtra(" ", "x");
        assertThat(problemFields()).containsExactly("extra[4].key", "extra[3]");
    }

    @Test
    void computedFiguresAreOneClickAway() {
        String body = "Intro.\n\n" + "word ".repeat(450) + "\n\nSecond.\n\nThird.\n";
        form.bodyScanned(BodyStructure.of(body), org.reviewdesk.model.Readability.NONE);
        assertThat(form.body().wordsProperty().get()).isEqualTo(453);
        form.useComputed(MetaFields.READING_TIME);
        form.useComputed(MetaFields.PAYLOAD_PARAGRAPHS);
        assertThat(form.toMeta().readingTime()).isEqualTo(3);
        assertThat(form.toMeta().payload().paragraphs()).isEqualTo(3);
    }

    @Test
    void undoGoesBackOneFieldAtATimeAndSavesWhatItRestores() {
        form.text("topic").set("c");
        form.text("topic").set("ca");
        form.text("topic").set("cache");
        form.text("score.quality").set("90");
        assertThat(form.canUndoProperty().get()).isTrue();

        form.undo();
        assertThat(form.text("score.quality").get()).isNull();
        assertThat(form.text("topic").get()).isEqualTo("cache");
        form.undo();
        assertThat(form.text("topic").get()).isEqualTo("caching");
        assertThat(saved).last().isEqualTo(stored);
        assertThat(form.canUndoProperty().get()).isFalse();
    }

    @Test
    void loadingAnotherPostForgetsTheUndoHistory() {
        form.text("topic").set("x");
        form.load(Meta.EMPTY);
        assertThat(form.canUndoProperty().get()).isFalse();
        assertThat(form.toMeta()).isEqualTo(Meta.EMPTY);
    }

    @Test
    void withNoPostOpenThereIsNothingWrong() {
        form.text("title").set(null);
        assertThat(form.hasErrors().get()).isTrue();
        form.clear();
        assertThat(form.hasErrors().get()).isFalse();
        assertThat(form.loadedProperty().get()).isFalse();
    }
}
