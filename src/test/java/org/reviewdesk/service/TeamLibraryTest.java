package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.LibraryAddress;
import org.reviewdesk.model.library.LibraryException;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.synth.SynthProfile;
import org.reviewdesk.testing.TestLibraries;

/**
 * Several editors on one team library: what one writes, the others see; a save over a newer row is refused; and the
 * ways a server can fail to open each get their one line. Runs against the server the run names; skipped without one.
 */
class TeamLibraryTest {
    @TempDir
    Path tmp;
    private final PostSynthesizer synth = new PostSynthesizer(11, SynthProfile.CONSISTENT);

    @BeforeEach
    void needsAServer() {
        assumeTrue(TestLibraries.onServer(), "no PostgreSQL server for this run (mvn verify "
                + "-Dreviewdesk.test.postgresql=postgresql://USER@HOST:PORT/DATABASE, password in PGPASSWORD; .ci/run "
                + "starts one): the team-library tests are skipped");
    }

    @Test
    void aChangeByOneEditorReachesTheOtherWithinTwoSecondsAndNotItsOwnWriter() throws Exception {
        try (Desk ada = TestLibraries.open(tmp); Desk ben = TestLibraries.open(tmp)) {
            ada.library().posts().importPosts(List.of(synth.post(0), synth.post(1)), false);
            waitForStampChange(ben, 0L); // the import reached Ben
            long adaBefore = ada.posts().changeStamp();
            long benBefore = ben.posts().changeStamp();
            long id = ben.posts().byReference(synth.post(0).reference()).id();
            ben.queue().assign(List.of(id), "Ben");
            long waited = waitForStampChange(ada, adaBefore);
            assertThat(waited).as("milliseconds until the other window knew").isLessThan(2000);
            assertThat(ada.posts().byReference(synth.post(0).reference()).assignee()).isEqualTo("Ben");
            assertThat(ben.posts().changeStamp()).as("the writer's own stamp").isEqualTo(benBefore);
        }
    }

    @Test
    void aNameSetForTheWholeTeamLibraryByAnEarlierVersionIsNobodysName() throws Exception {
        try (Desk ada = TestLibraries.open(tmp)) {
            ada.library().settings().put(org.reviewdesk.model.library.LibrarySettings.USER_NAME, "Whoever set it last");
            assertThat(ada.settings().userName()).isEqualTo(System.getProperty("user.name"));
            ada.settings().set(org.reviewdesk.model.library.LibrarySettings.USER_NAME, "Ada");
            assertThat(ada.settings().userName()).isEqualTo("Ada");
        }
    }

    @Test
    void twoEditorsSavingTheSamePostInTurnGetAConflictNotASilentOverwrite() throws Exception {
        try (Desk ada = TestLibraries.open(tmp); Desk ben = TestLibraries.open(tmp)) {
            ada.library().posts().importPosts(List.of(synth.post(0)), false);
            long id = ada.posts().byReference(synth.post(0).reference()).id();
            EditedPost adaRead = ada.edits().open(id);
            EditedPost benRead = ben.edits().open(id);
            Post adas = adaRead.post().withBody(adaRead.post().body() + "\n\nAda's closing line.\n");
            ada.edits().save(id, adaRead.rowVersion(), adas, FieldDrafts.NONE);
            Post bens = benRead.post().withBody(benRead.post().body() + "\n\nBen's closing line.\n");
            assertThatThrownBy(() -> ben.edits().save(id, benRead.rowVersion(), bens, FieldDrafts.NONE))
                    .isInstanceOf(StalePostException.class);
            assertThat(ben.edits().open(id).post().body()).contains("Ada's closing line.").doesNotContain("Ben's");
        }
    }

    @Test
    void aDatabaseThatIsNotThereAUserThePasswordDoesNotFitAndAServerThatIsNotUpEachSayWhatToDo() {
        LibraryAddress.Server admin = server();
        assertThatThrownBy(() -> Desk.open(LibraryAddress.parse("postgresql://" + admin.user() + "@" + admin.host() + ":"
                + admin.port() + "/no_such_review_desk_db")))
                .isInstanceOf(LibraryException.class).hasMessageContaining("createdb").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> Desk.open(LibraryAddress.parse("postgresql://nobody_rd@" + admin.host() + ":"
                + admin.port() + "/" + admin.database())))
                .isInstanceOf(LibraryException.class).hasMessageContaining("nobody_rd").hasMessageContaining("PGPASSWORD");
        assertThatThrownBy(() -> Desk.open(LibraryAddress.parse("postgresql://" + admin.user() + "@127.0.0.1:1/x")))
                .isInstanceOf(LibraryException.class).hasMessageContaining("cannot reach");
    }

    @Test
    void aDatabaseOfOtherTablesOrANewerSchemaIsRefusedAndLeftAsItWas() throws Exception {
        LibraryAddress foreign = TestLibraries.address(tmp.resolve("foreign"));
        String schema = schemaOf(foreign);
        sql("CREATE TABLE " + schema + ".invoices (id INT)");
        assertThatThrownBy(() -> Desk.open(foreign)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("not a Review Desk library");
        sql("DROP TABLE " + schema + ".invoices");

        LibraryAddress newer = TestLibraries.address(tmp);
        TestLibraries.open(tmp).close();
        String other = schemaOf(newer);
        sql("INSERT INTO " + other + ".flyway_schema_history (installed_rank, version, description, type, script, "
                + "checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', "
                + "'V99__future.sql', 1, 'test', 1, TRUE)");
        assertThatThrownBy(() -> Desk.open(newer)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("newer Review Desk").hasMessageContaining("V99");
    }

    @Test
    void whenTheServerDropsEveryConnectionTheLibraryWorksAgainWithoutAReopen() throws Exception {
        try (Desk desk = TestLibraries.open(tmp)) {
            desk.library().posts().importPosts(List.of(synth.post(0)), false);
            long before = desk.posts().changeStamp();
            sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'Review Desk' "
                    + "AND pid <> pg_backend_pid()");
            Thread.sleep(2500);
            assertThat(desk.posts().byReference(synth.post(0).reference()).post().title())
                    .isEqualTo(synth.post(0).title());
            long start = System.nanoTime();
            Long after = null;
            while (after == null && System.nanoTime() - start < 10_000_000_000L) {
                try {
                    after = desk.posts().changeStamp();
                } catch (IllegalStateException reconnecting) {
                    assertThat(reconnecting).hasMessageContaining("reconnecting");
                    Thread.sleep(100);
                }
            }
            assertThat(after).as("the stamp after the reconnection, which may have missed changes").isNotEqualTo(before);
        }
    }

    private static String schemaOf(LibraryAddress test) {
        return ((LibraryAddress.Server) test).params().get("options").replace("-c search_path=", "");
    }

    private static LibraryAddress.Server server() {
        return (LibraryAddress.Server) LibraryAddress.parse(System.getProperty(TestLibraries.SERVER_PROPERTY));
    }

    private static void sql(String statement) throws Exception {
        LibraryAddress.Server s = server();
        try (var c = DriverManager.getConnection("jdbc:postgresql://" + s.host() + ":" + s.port() + "/" + s.database(),
                s.user(), System.getenv("PGPASSWORD")); var st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private static long waitForStampChange(Desk desk, long before) throws InterruptedException {
        long start = System.nanoTime();
        while (desk.posts().changeStamp() == before && System.nanoTime() - start < 10_000_000_000L) Thread.sleep(20);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
