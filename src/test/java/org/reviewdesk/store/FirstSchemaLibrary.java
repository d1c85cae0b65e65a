package org.reviewdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/** A library as the first release wrote it (schema V1, its lists one row per entry), for the upgrade's tests. */
public final class FirstSchemaLibrary {
    private FirstSchemaLibrary() {
    }

    /** Makes a V1 library in {@code dir} holding {@code posts}. */
    public static void create(Path dir, List<Post> posts) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve(Library.DATABASE);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1")
                .loggers("slf4j").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Handle h = Jdbi.create(c).open()) {
            for (Post post : posts) insert(h, post);
        }
    }

    /**
     * Makes a V1 library in {@code dir} holding {@code posts} and upgrades it to schema {@code version}, as a build of
     * that version left it; returns its JDBC address, for the rows a test writes in that schema's shape.
     */
    public static String upgradedTo(Path dir, List<Post> posts, String version) throws Exception {
        create(dir, posts);
        String url = "jdbc:h2:file:" + dir.resolve(Library.DATABASE);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target(version)
                .loggers("slf4j").load().migrate();
        return url;
    }

    /** The rows the first schema's store wrote for a post: the post row, the body, one row per list entry. */
    static void insert(Handle h, Post post) {
        // The first schema's post row has no language (V8): today's insert without that column.
        String insert = PostRows.insertSql().replace(", language,", ",").replace(", :language,", ",");
        h.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
        long id = PostRows.bind(h.createUpdate(insert), post).bind("edited_since_import", false)
                .bind("now", Sql.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        h.execute("INSERT INTO post_body (post_id, body) VALUES (?, ?)", id, post.body());
        Meta m = post.meta();
        for (String list : List.of("stack", "tools", "checklist", "notes")) {
            List<String> items = switch (list) {
                case "stack" -> m.stack();
                case "tools" -> m.tools();
                case "checklist" -> m.checklist();
                default -> m.notes();
            };
            if (items == null) continue;
            for (int i = 0; i < items.size(); i++) {
                h.execute("INSERT INTO post_item (post_id, list, position, item) VALUES (?, ?, ?, ?)", id, list, i, items.get(i));
            }
        }
        if (m.entities() != null) {
            for (int i = 0; i < m.entities().size(); i++) {
                Entity e = m.entities().get(i);
                h.execute("INSERT INTO post_entity (post_id, position, name, type) VALUES (?, ?, ?, ?)", id, i, e.name(), e.type());
            }
        }
        if (m.imageSources() != null) {
            for (int i = 0; i < m.imageSources().size(); i++) {
                ImageSource s = m.imageSources().get(i);
                h.execute("INSERT INTO post_image_source (post_id, position, source, url, caption) VALUES (?, ?, ?, ?, ?)",
                        id, i, s.source(), s.url(), s.caption());
            }
        }
    }

}
