package org.reviewdesk.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.reviewdesk.model.library.PostComment.Anchor;

/**
 * What carrying comment anchors through a save costs on a 10,000-word body with 30 comments: a save after typing (a
 * few words changed in one paragraph), a save after a paste of a paragraph, and a rewrite of a tenth of the lines.
 * Not a test (docs/performance.md has the figures): run its main with the test class path.
 */
public final class AnchorShiftMeasurement {
    private AnchorShiftMeasurement() {
    }

    public static void main(String[] args) {
        Random random = new Random(7);
        String body = body(random);
        List<Anchor> anchors = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int at = random.nextInt(body.length() - 40);
            anchors.add(new Anchor(at, at + 25, body.substring(at, at + 25), false));
        }
        int middle = body.indexOf("\n\n", body.length() / 2);
        String typed = body.substring(0, middle) + " and a few more words typed here" + body.substring(middle);
        String pasted = body.substring(0, middle) + "\n\n" + body.substring(0, 600) + body.substring(middle);
        String rewritten = rewriteEveryTenthLine(body);
        System.out.printf("body: %,d characters, %,d words, %d anchors%n", body.length(), body.split("\\s+").length, anchors.size());
        for (String[] c : new String[][] {{"typing", typed}, {"paste", pasted}, {"rewrite a tenth", rewritten}}) {
            System.out.printf("%-16s %s%n", c[0], measure(body, c[1], anchors));
        }
    }

    private static String measure(String from, String to, List<Anchor> anchors) {
        for (int i = 0; i < 200; i++) shift(from, to, anchors);
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            shift(from, to, anchors);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return String.format("median %.2f ms, p95 %.2f ms", nanos[100] / 1e6, nanos[190] / 1e6);
    }

    private static void shift(String from, String to, List<Anchor> anchors) {
        AnchorShift shift = AnchorShift.between(from, to, anchors);
        for (Anchor a : anchors) shift.apply(a);
    }

    private static String body(Random random) {
        String[] words = "the pool queue retry budget cache latency request worker shard index replica lease token"
                .split(" ");
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 10_000; w++) {
            sb.append(words[random.nextInt(words.length)]);
            sb.append(w % 120 == 119 ? ".\n\n" : w % 12 == 11 ? ". " : " ");
        }
        return sb.toString();
    }

    private static String rewriteEveryTenthLine(String body) {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i += 10) lines[i] = new StringBuilder(lines[i]).reverse().toString();
        return String.join("\n", lines);
    }
}
