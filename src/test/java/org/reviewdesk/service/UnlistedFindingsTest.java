package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.CheckEngine;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.StoredFinding;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.synth.SynthProfile;
import org.reviewdesk.testing.TempLibrary;

/**
 * A page that is not prose, on a real library: the spelling check lists its first findings and one that stands for the
 * rest, and the queue, the findings command's figures and a dismissal count every one of them.
 */
class UnlistedFindingsTest {
    @RegisterExtension
    final TempLibrary library = new TempLibrary();

    /** 650 made-up words, each a real one with a letter put in: almost all are not in the dictionary. */
    private static String garbage() {
        List<String> bases = List.of("between", "important", "different", "following", "without", "program", "system",
                "number", "example", "problem", "service", "database", "function", "language", "question", "develop",
                "general", "computer", "network", "process", "message", "children", "business", "country", "student");
        StringBuilder text = new StringBuilder("# Not prose\n\n");
        for (char c = 'a'; c <= 'z'; c++) {
            for (String base : bases) text.append("Then ").append(base, 0, 3).append(c).append(base.substring(3)).append(" again.\n\n");
        }
        return text.toString();
    }

    @Test
    void thePostCountsEveryFindingThoughItsCheckListsOnlyTheFirst() throws Exception {
        Desk desk = library.desk();
        Post post = new PostSynthesizer(3, SynthProfile.CONSISTENT).post(0);
        post = post.withBody(garbage());
        desk.library().posts().importPosts(List.of(post), false);
        long id = desk.library().posts().findByReference(post.reference()).orElseThrow().id();

        Check spelling = desk.checks().engine().checks().stream().filter(c -> c.id().equals("spelling")).findFirst().orElseThrow();
        int found = spelling.run(CheckContext.of(post, desk.checks().stats(), desk.checks().settings())).size();
        assertThat(found).as("the check itself finds more than it lists").isGreaterThan(CheckEngine.LISTED + 100);

        int checked = desk.checks().recheck(id).stream().mapToInt(org.reviewdesk.checks.Finding::count).sum();
        List<StoredFinding> stored = desk.findings().list(id);
        List<StoredFinding> ofSpelling = stored.stream().filter(f -> f.checkId().equals("spelling")).toList();
        assertThat(ofSpelling).as("listed, and one past them").hasSize(CheckEngine.LISTED + 1);
        StoredFinding standing = ofSpelling.get(ofSpelling.size() - 1);
        assertThat(standing.unlisted()).isEqualTo(found - CheckEngine.LISTED - 1);
        assertThat(standing.message()).startsWith(String.format("%,d more of these from here on are not listed",
                standing.unlisted()));
        assertThat(ofSpelling.stream().mapToInt(StoredFinding::count).sum()).isEqualTo(found);
        assertThat(queueCount(desk)).as("the queue's count").isEqualTo(checked)
                .isEqualTo(stored.stream().mapToInt(StoredFinding::count).sum());

        int dismissed = desk.findings().dismiss(post.reference(), "spelling", standing.line(), "a dump of words, not a post");
        assertThat(dismissed).isEqualTo(standing.count());
        assertThat(queueCount(desk)).isEqualTo(checked - standing.count());
    }

    private static int queueCount(Desk desk) {
        return desk.queue().page(QueueFilter.ALL, QueueSort.PRIORITY, 0, 5).rows().get(0).findings();
    }

    @Test
    void theFindingsPastTheListedOnesOfEachSeverityAreCountedByTheNextOne() {
        Check many = new Check() {
            @Override
            public String id() {
                return "many";
            }

            @Override
            public org.reviewdesk.checks.Severity defaultSeverity() {
                return org.reviewdesk.checks.Severity.WARNING;
            }

            @Override
            public List<org.reviewdesk.checks.Finding> run(CheckContext ctx) {
                List<org.reviewdesk.checks.Finding> out = new ArrayList<>();
                for (int line = 1200; line >= 1; line--) {
                    out.add(org.reviewdesk.checks.Finding.inBody("many", defaultSeverity(), "word " + line, line, line, line + 1));
                }
                for (int line = 1; line <= 3; line++) {
                    out.add(org.reviewdesk.checks.Finding.inBody("many", org.reviewdesk.checks.Severity.ERROR, "bad " + line, line, 0, 1));
                }
                return out;
            }
        };
        var findings = new CheckEngine(List.of(many)).run(new PostSynthesizer(3, SynthProfile.CONSISTENT).post(0),
                org.reviewdesk.checks.LibraryStats.EMPTY, org.reviewdesk.checks.CheckSettings.defaults(java.time.LocalDate.of(2026, 1, 1)));
        var warnings = findings.stream().filter(f -> f.severity() == org.reviewdesk.checks.Severity.WARNING).toList();
        assertThat(warnings).hasSize(CheckEngine.LISTED + 1);
        assertThat(warnings.get(CheckEngine.LISTED - 1).message()).isEqualTo("word 500");
        assertThat(warnings.get(CheckEngine.LISTED)).satisfies(f -> {
            assertThat(f.line()).as("the first not listed, in reading order").isEqualTo(501);
            assertThat(f.unlisted()).isEqualTo(699);
            assertThat(f.message()).isEqualTo("699 more of these from here on are not listed (a check lists at most 500 of one "
                    + "severity in a post): word 501");
        });
        assertThat(findings).filteredOn(f -> f.severity() == org.reviewdesk.checks.Severity.ERROR).hasSize(3);
        assertThat(findings.stream().mapToInt(org.reviewdesk.checks.Finding::count).sum()).isEqualTo(1203);
    }
}
