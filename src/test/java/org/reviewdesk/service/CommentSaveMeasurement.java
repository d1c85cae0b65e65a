package org.reviewdesk.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.StoredPost;

/**
 * What comments add to the window's save of a 10,000-word post: 200 saves of a few typed words each, without
 * comments and with 30 (whose anchors every save carries). Not a test (docs/performance.md has the figures).
 */
public final class CommentSaveMeasurement {
    private CommentSaveMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("comment-save");
        try (Desk desk = org.reviewdesk.testing.TestLibraries.open(dir.resolve("library"))) {
            Random random = new Random(3);
            String body = body(random);
            desk.library().posts().importPosts(List.of(new Post("Plain", body, Meta.builder().reference("plain").build()),
                    new Post("Commented", body, Meta.builder().reference("commented").build())), false);
            for (int i = 0; i < 30; i++) {
                int at = random.nextInt(body.length() - 40);
                desk.comments().addOnRange(desk.posts().byReference("commented").id(), at, at + 25, "note " + i);
            }
            System.out.printf("without comments: %s%n", saves(desk, "plain"));
            System.out.printf("with 30 comments: %s%n", saves(desk, "commented"));
            System.out.printf("without comments: %s%n", saves(desk, "plain"));
            System.out.printf("with 30 comments: %s%n", saves(desk, "commented"));
        }
    }

    private static String saves(Desk desk, String reference) throws Exception {
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            StoredPost p = desk.posts().byReference(reference);
            String body = p.post().body();
            int middle = body.indexOf("\n\n", body.length() / 2);
            String typed = body.substring(0, middle) + " w" + i + body.substring(middle);
            long t = System.nanoTime();
            desk.library().posts().save(p.id(), p.rowVersion(), p.post().withBody(typed));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return String.format("median %.1f ms, p95 %.1f ms", nanos[100] / 1e6, nanos[190] / 1e6);
    }

    private static String body(Random random) {
        String[] words = "the pool queue retry budget cache latency request worker shard index replica lease token".split(" ");
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 10_000; w++) {
            sb.append(words[random.nextInt(words.length)]);
            sb.append(w % 120 == 119 ? ".\n\n" : w % 12 == 11 ? ". " : " ");
        }
        return sb.toString();
    }
}
