package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.library.LibrarySetting;
import org.reviewdesk.model.library.LibrarySettings;

/** Settings live in the library: another process opening it sees them; a bad value writes nothing. */
class SettingsServiceTest {
    @TempDir
    java.nio.file.Path folder;

    @Test
    void aSettingSetInOneOpeningIsThereInTheNext() throws Exception {
        try (Desk desk = org.reviewdesk.testing.TestLibraries.open(folder)) {
            assertThat(desk.settings().userName()).isEqualTo(System.getProperty("user.name"));
            desk.settings().set(LibrarySettings.USER_NAME, "  Ana Ruiz ");
        }
        try (Desk desk = org.reviewdesk.testing.TestLibraries.open(folder)) {
            assertThat(desk.settings().get(LibrarySettings.USER_NAME)).isEqualTo("Ana Ruiz");
            assertThat(desk.settings().userName()).isEqualTo("Ana Ruiz");
            assertThat(desk.settings().list()).filteredOn(v -> v.setting().name().equals(LibrarySettings.USER_NAME))
                    .singleElement().satisfies(v -> assertThat(v.isDefault()).isFalse());
        }
    }

    @Test
    void aValueTheSettingDoesNotTakeIsRefusedAndTheOldOneKept() throws Exception {
        try (Desk desk = org.reviewdesk.testing.TestLibraries.open(folder)) {
            desk.settings().set(LibrarySettings.USER_NAME, "Ana");
            assertThatThrownBy(() -> desk.settings().set(LibrarySettings.USER_NAME, "x".repeat(201)))
                    .hasMessageContaining("user.name takes at most 200 characters");
            assertThat(desk.settings().get(LibrarySettings.USER_NAME)).isEqualTo("Ana");
        }
    }

    @Test
    void eachPersonAtTheLibraryKeepsTheirOwnName() throws Exception {
        String account = System.getProperty("user.name");
        try (Desk desk = org.reviewdesk.testing.TestLibraries.open(folder)) {
            desk.settings().set(LibrarySettings.USER_NAME, "Ana Ruiz");
            System.setProperty("user.name", "bo-account");
            try {
                assertThat(desk.settings().userName()).as("another account on the same library").isEqualTo("bo-account");
                desk.settings().set(LibrarySettings.USER_NAME, "Bo");
                assertThat(desk.settings().userName()).isEqualTo("Bo");
                desk.settings().reset(LibrarySettings.USER_NAME);
                assertThat(desk.settings().userName()).isEqualTo("bo-account");
            } finally {
                System.setProperty("user.name", account);
            }
            assertThat(desk.settings().userName()).as("Ana's name was never Bo's").isEqualTo("Ana Ruiz");
        }
    }

    @Test
    void aFolderLibrarysNameFromBeforeStillNamesItsOwnerUntilTheySetTheirOwn() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(org.reviewdesk.testing.TestLibraries.onServer(),
                "a folder library's rule; TeamLibraryTest holds a team library's");
        try (Desk desk = org.reviewdesk.testing.TestLibraries.open(folder)) {
            desk.library().settings().put(LibrarySettings.USER_NAME, "Ana from before");
            assertThat(desk.settings().userName()).isEqualTo("Ana from before");

            desk.settings().set(LibrarySettings.USER_NAME, "Ana Ruiz");
            assertThat(desk.library().settings().all()).doesNotContainKey(LibrarySettings.USER_NAME);
            desk.settings().reset(LibrarySettings.USER_NAME);
            assertThat(desk.settings().userName()).as("reset is the system's name, not the old one")
                    .isEqualTo(System.getProperty("user.name"));
        }
    }

    @Test
    void theRulesSayWhatAValueMustBe() {
        LibrarySetting ease = LibrarySetting.number("x", "30", 0, 100, "d");
        assertThat(ease.rule().problem("45.5")).isEmpty();
        assertThat(ease.rule().problem("120")).contains("a number from 0 to 100");
        assertThat(ease.rule().problem("lots")).contains("a number from 0 to 100");
        LibrarySetting language = LibrarySetting.choice("y", "en-US", List.of("en-US", "en-GB"), "d");
        assertThat(language.rule().problem("en-GB")).isEqualTo(Optional.empty());
        assertThat(language.rule().problem("fr")).contains("one of en-US, en-GB");
    }
}
