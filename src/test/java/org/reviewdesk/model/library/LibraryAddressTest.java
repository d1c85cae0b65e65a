package org.reviewdesk.model.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LibraryAddressTest {
    @Test
    void aPostgresqlAddressInLibpqFormNamesUserHostPortAndDatabase() {
        var s = (LibraryAddress.Server) LibraryAddress.parse("postgresql://editor@db.example.org:6543/reviews?sslmode=verify-full");
        assertThat(s.user()).isEqualTo("editor");
        assertThat(s.host()).isEqualTo("db.example.org");
        assertThat(s.port()).isEqualTo(6543);
        assertThat(s.database()).isEqualTo("reviews");
        assertThat(s.params()).containsEntry("sslmode", "verify-full");
        assertThat(LibraryAddress.parse(s.display())).isEqualTo(s);
    }

    @Test
    void whatTheAddressLeavesOutIsLibpqsDefault() {
        var s = (LibraryAddress.Server) LibraryAddress.parse("postgres://ada@/");
        assertThat(s.host()).isEqualTo("localhost");
        assertThat(s.port()).isEqualTo(5432);
        assertThat(s.database()).isEqualTo("ada");
    }

    @Test
    void aPasswordInTheAddressIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> LibraryAddress.parse("postgresql://ada:s3cret@host/db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PGPASSWORD")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> LibraryAddress.parse("postgresql://ada@host/db?password=s3cret"))
                .hasMessageContaining("~/.pgpass");
        assertThatThrownBy(() -> LibraryAddress.parse("postgresql://ada@host:five/db")).hasMessageContaining("port");
        assertThatThrownBy(() -> LibraryAddress.parse("postgresql://ada@host/db?colour=blue")).hasMessageContaining("colour");
    }

    @Test
    void anythingElseIsAFolder() {
        assertThat(LibraryAddress.parse("libs/team")).isEqualTo(new LibraryAddress.Folder("libs/team"));
    }
}
