package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.library.LibrarySettings;
import org.reviewdesk.model.library.PostPresence;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.synth.SynthProfile;
import org.reviewdesk.testing.HandClock;
import org.reviewdesk.testing.TestLibraries;

/**
 * Two windows on one library (two desks on the same folder, or the same team library): each sees the other on the
 * post they both have open, never itself; a window that stopped beating drops out after the expiry; one that leaves
 * the post drops out at once. Runs on H2 and, in the PostgreSQL run, on a team library.
 */
class PresenceServiceTest {
    @TempDir
    Path tmp;
    private final PostSynthesizer synth = new PostSynthesizer(14, SynthProfile.CONSISTENT);
    private final HandClock clock = new HandClock("2026-12-05T09:00:00Z");

    @Test
    void twoDesksOnOneLibraryEachSeeTheOtherOnTheirPostButNeverThemselves() throws Exception {
        try (Desk adaDesk = TestLibraries.open(tmp); Desk benDesk = TestLibraries.open(tmp)) {
            long[] ids = twoPosts(adaDesk);
            PresenceService ada = new PresenceService(adaDesk.library(), clock, () -> "Ada");
            PresenceService ben = new PresenceService(benDesk.library(), clock, () -> "Ben");

            assertThat(ada.beat(ids[0])).as("Ada, alone on the post").isEmpty();
            Instant adaOpened = clock.now;
            clock.now = clock.now.plusSeconds(4);
            assertThat(ben.beat(ids[0])).as("what Ben's window sees").singleElement().satisfies(p -> {
                assertThat(p.userName()).isEqualTo("Ada");
                assertThat(p.openedAt()).isEqualTo(adaOpened);
                assertThat(p.host()).isNotBlank();
            });
            clock.now = clock.now.plus(PresenceService.HEARTBEAT);
            assertThat(ada.beat(ids[0])).extracting(PostPresence::userName, PostPresence::openedAt)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Ben", adaOpened.plusSeconds(4)));
            assertThat(ben.beat(ids[1])).as("Ben moved to the other post, where nobody is").isEmpty();
            assertThat(ada.beat(ids[0])).as("and left Ada's").isEmpty();
        }
    }

    @Test
    void aWindowThatStopsBeatingDropsOutAfterTheExpiryAndOneThatLeavesDropsOutAtOnce() throws Exception {
        try (Desk adaDesk = TestLibraries.open(tmp); Desk benDesk = TestLibraries.open(tmp)) {
            long id = twoPosts(adaDesk)[0];
            PresenceService ada = new PresenceService(adaDesk.library(), clock, () -> "Ada");
            PresenceService ben = new PresenceService(benDesk.library(), clock, () -> "Ben");
            ada.beat(id);
            clock.now = clock.now.plus(PresenceService.EXPIRY);
            assertThat(ben.beat(id)).as("Ada's last heartbeat is just as old as the expiry")
                    .extracting(PostPresence::userName).containsExactly("Ada");
            clock.now = clock.now.plusSeconds(1);
            assertThat(ben.beat(id)).as("a second later, Ada's window is taken for gone").isEmpty();

            ada.beat(id);
            assertThat(ben.beat(id)).extracting(PostPresence::userName).containsExactly("Ada");
            ada.leave();
            assertThat(ben.beat(id)).as("Ada left the post").isEmpty();
        }
    }

    @Test
    void aDeskTellsTheOthersItsUserNameSettingAndLeavesWhenItCloses() throws Exception {
        Desk benDesk = TestLibraries.open(tmp);
        try (Desk adaDesk = TestLibraries.open(tmp)) {
            adaDesk.settings().set(LibrarySettings.USER_NAME, "Ada Lovelace");
            long id = twoPosts(adaDesk)[0];
            assertThat(benDesk.presence().beat(id)).isEmpty();
            assertThat(adaDesk.presence().beat(id)).as("what Ada's window sees: Ben's, not its own")
                    .hasSize(1).allSatisfy(p -> assertThat(p.host()).isNotBlank());
            benDesk.close();
            assertThat(adaDesk.presence().beat(id)).as("Ben's window closed").isEmpty();
            try (Desk cleoDesk = TestLibraries.open(tmp)) {
                assertThat(cleoDesk.presence().beat(id)).extracting(PostPresence::userName).containsExactly("Ada Lovelace");
            }
        } finally {
            benDesk.close();
        }
    }

    private long[] twoPosts(Desk desk) {
        desk.library().posts().importPosts(List.of(synth.post(0), synth.post(1)), false);
        return new long[] {desk.posts().byReference(synth.post(0).reference()).id(),
                desk.posts().byReference(synth.post(1).reference()).id()};
    }
}
