package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.library.LibraryAddress;

class OpenLibraryActionTest {
    @Test
    void anotherWindowStartsLikeThisProcessWithOnlyTheLibraryChanged() {
        DeskLauncher.remember(new String[0]);
        LibraryAddress team = LibraryAddress.parse("postgresql://ada@db.example.org:5432/reviews");
        List<String> command = OpenLibraryAction.command(team);
        assertThat(command.get(0)).isEqualTo(ProcessHandle.current().info().command().orElseThrow());
        assertThat(command.subList(command.size() - 2, command.size()))
                .containsExactly("--library", "postgresql://ada@db.example.org:5432/reviews");
        int whole = command.size();

        DeskLauncher.remember(new String[] {"--library", "/somewhere/else"});
        assertThat(OpenLibraryAction.command(team)).as("this window's own --library is replaced, not kept")
                .hasSize(whole - 2).doesNotContain("/somewhere/else");
    }
}
