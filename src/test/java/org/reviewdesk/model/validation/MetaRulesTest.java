package org.reviewdesk.model.validation;

import org.reviewdesk.model.meta.PostRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.meta.MetaFields;

class MetaRulesTest {
    @Test
    void scoresAreWholeNumbersFromZeroToOneHundred() {
        assertThat(MetaRules.score("score.quality", "0")).isEmpty();
        assertThat(MetaRules.score("score.quality", "100")).isEmpty();
        assertThat(MetaRules.score("score.quality", " 78 ")).isEmpty();
        assertThat(MetaRules.score("score.freshness", "101")).containsExactly(new FieldProblem("score.freshness",
                "expected a whole number from 0 to 100, found '101'"));
        assertThat(MetaRules.score("score.depth", "high")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'high'"));
        assertThat(MetaRules.score("score.depth", "-1")).hasSize(1);
        assertThat(MetaRules.score("score.depth", "7.5")).hasSize(1);
        assertThat(MetaRules.score("score.depth", "99999999999999999999")).hasSize(1);
        assertThat(MetaRules.score("score.depth", null)).isEmpty();
    }

    @Test
    void aLanguageIsAnIso639CodeWithAnOptionalRegion() {
        for (String ok : List.of("en", "en-GB", "pt-BR", "de")) assertThat(MetaRules.language("language", ok)).as(ok).isEmpty();
        assertThat(MetaRules.language("language", null)).isEmpty();
        assertThat(MetaRules.language("language", "english")).containsExactly(new FieldProblem("language",
                "expected an ISO 639-1 language code, optionally with a region (such as en or en-GB), found 'english'"));
        for (String wrong : List.of("EN", "en_GB", "en-gb", "xx", "en-XX", "eng", "", " en")) {
            assertThat(MetaRules.language("language", wrong)).as(wrong).hasSize(1);
        }
    }

    @Test
    void datesAreRealIsoDates() {
        assertThat(MetaRules.date("revision.last_reviewed", "2022-01-06")).isEmpty();
        assertThat(MetaRules.date("revision.last_reviewed", "2024-02-29")).isEmpty();
        assertThat(MetaRules.date("revision.last_reviewed", "2021-13-40")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("YYYY-MM-DD").contains("2021-13-40"));
        assertThat(MetaRules.date("revision.last_reviewed", "2023-02-29")).hasSize(1);
        assertThat(MetaRules.date("revision.last_reviewed", "06/01/2022")).hasSize(1);
    }

    @Test
    void versionsAreSemantic() {
        assertThat(MetaRules.version("revision.version", "1.7.3")).isEmpty();
        assertThat(MetaRules.version("revision.version", "2.0.0-rc.1")).isEmpty();
        assertThat(MetaRules.version("revision.version", "1.2")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("MAJOR.MINOR.PATCH").contains("'1.2'"));
        assertThat(MetaRules.version("revision.version", "v1.2.3")).hasSize(1);
    }

    @Test
    void urlsAreHttpOrHttpsWithAHost() {
        assertThat(MetaRules.url("image_sources[0].url", "https://images.example.org/a.png?w=10&q=80")).isEmpty();
        assertThat(MetaRules.url("image_sources[0].url", "http://example.org")).isEmpty();
        assertThat(MetaRules.url("image_sources[1].url", "ftp://example.org/a.png")).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("image_sources[1].url"));
        assertThat(MetaRules.url("image_sources[1].url", "not a url")).hasSize(1);
        assertThat(MetaRules.url("image_sources[1].url", "https:///nohost")).hasSize(1);
    }

    @Test
    void wholeNumbersAreNotNegativeAndFitTheirField() {
        assertThat(MetaFields.READING_TIME.check("9")).isEmpty();
        assertThat(MetaFields.READING_TIME.check("-3")).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("reading_time"));
        assertThat(MetaFields.READING_TIME.check("99999999999")).hasSize(1);
        assertThat(MetaFields.VIEW_COUNT.check("99999999999")).isEmpty();
        assertThat(MetaFields.VIEW_COUNT.check("many")).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("view_count"));
    }

    @Test
    void requiredFieldsAndDuplicatesPointAtTheEntry() {
        assertThat(MetaRules.required("title", "  ")).containsExactly(new FieldProblem("title", "is required"));
        assertThat(MetaRules.required("reference", "anp-1")).isEmpty();
        assertThat(MetaRules.noDuplicates("stack", List.of("java", "sql", "java")))
                .containsExactly(new FieldProblem("stack[2]", "'java' is listed twice"));
    }

    @Test
    void aWholePostIsCheckedOnEveryFieldTheFormShows() {
        Meta meta = Meta.builder()
                .tools(List.of("git", "git"))
                .entities(List.of(new Entity("h2", "database")))
                .imageSources(List.of(new ImageSource("wiki", "https://example.org/a.png", "a"),
                        new ImageSource("wiki", "file:///etc/passwd", "b")))
                .build();
        List<FieldProblem> problems = PostRules.check(new Post("", "body", meta));
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("title", "reference", "tools[1]", "image_sources[1].url");
    }

    @Test
    void aVersionBelowTheHighestSoFarIsRefusedAndOneAtOrAboveItIsNot() {
        SemVer highest = SemVer.parse("2.9.1");
        assertThat(MetaRules.notBelow("revision.version", "2.1.0", highest)).singleElement()
                .extracting(FieldProblem::message).asString().contains("expected 2.9.1 or later", "found '2.1.0'");
        assertThat(MetaRules.notBelow("revision.version", "2.9.1-rc.1", highest)).hasSize(1);
        assertThat(MetaRules.notBelow("revision.version", "2.9.1", highest)).isEmpty();
        assertThat(MetaRules.notBelow("revision.version", "2.10.0", highest)).isEmpty();
        assertThat(MetaRules.notBelow("revision.version", "2.1", highest)).as("not a version: version() says so").isEmpty();
        assertThat(MetaRules.notBelow("revision.version", "0.0.1", null)).as("no version yet").isEmpty();
        assertThat(MetaRules.notBelow("revision.version", "", highest)).singleElement().extracting(FieldProblem::message)
                .asString().contains("has been at 2.9.1, so its version cannot be removed");
        assertThat(MetaRules.notBelow("revision.version", null, highest)).as("taken back to none").hasSize(1);
        assertThat(MetaRules.notBelow("revision.version", "", null)).as("a post that never had one").isEmpty();
    }
}
