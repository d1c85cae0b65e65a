package org.reviewdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.library.LibraryAddress;

class PgPassTest {
    private final LibraryAddress.Server server = (LibraryAddress.Server) LibraryAddress.parse("postgresql://ada@db.local:5433/reviews");

    @Test
    void theFirstLineThatMatchesGivesThePasswordWithStarsForAnyAndBackslashEscapes() {
        List<String> lines = List.of("# team", "other:5433:reviews:ada:no", "db.local:5433:*:ben:no",
                "db.local:*:reviews:ada:pa\\:ss", "*:*:*:*:fallback");
        assertThat(PgPass.match(lines, server)).contains("pa:ss");
        assertThat(PgPass.match(List.of("*:*:*:*:fallback"), server)).contains("fallback");
        assertThat(PgPass.match(List.of("db.local:5432:reviews:ada:x"), server)).isEmpty();
    }

    @Test
    void pgpasswordComesFirst() {
        assertThat(PgPass.password(server, java.util.Map.of("PGPASSWORD", "from-env", "PGPASSFILE", "/nonexistent")))
                .contains("from-env");
        assertThat(PgPass.password(server, java.util.Map.of("PGPASSFILE", "/nonexistent"))).isEmpty();
    }
}
