package org.reviewdesk.markdown;

import java.util.Random;

/**
 * A technical post of a given length, shaped like the ones Review Desk reviews: sections, paragraphs with
 * emphasis, inline code and links, bullet and task lists, fenced code, a table, a quote and an image.
 */
final class SyntheticPost {
    private static final String[] WORDS = ("the service reads each request and writes a response while the cache "
            + "keeps recent results so that the database sees fewer queries under load and latency stays low for "
            + "users who open the dashboard during peak hours").split(" ");

    private SyntheticPost() {
    }

    static String ofWords(int words, Random random) {
        StringBuilder post = new StringBuilder("# A generated post\n\n");
        int written = 0;
        for (int section = 1; written < words; section++) {
            post.append("## Section ").append(section).append(": why this matters\n\n");
            for (int p = 0; p < 4 && written < words; p++) {
                written += paragraph(post, random, 60);
            }
            post.append("- first point with `code`\n- second point, see [docs](https://example.org/docs/")
                    .append(section).append(")\n- [ ] open task\n- [x] done task\n\n");
            post.append("```python\nfrom fastapi import FastAPI\napp = FastAPI()\n\n@app.get(\"/items/{id}\")\n"
                    + "def read(id: int):\n    return {\"id\": id}\n```\n\n");
            if (section % 3 == 0) {
                post.append("| setting | value | note |\n|:--|--:|---|\n| workers | 4 | per core |\n| timeout | 30 | seconds |\n\n");
                post.append("> A quoted remark about **trade-offs** in production.\n\n");
                post.append("![Architecture diagram ").append(section)
                        .append("](https://images.example.org/diagram-").append(section).append(".png)\n\n");
            }
            written += 30;
        }
        return post.toString();
    }

    private static int paragraph(StringBuilder post, Random random, int length) {
        for (int i = 0; i < length; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (i % 17 == 5) word = "*" + word + "*";
            if (i % 23 == 7) word = "`" + word + "()`";
            if (i % 29 == 11) word = "[" + word + "](https://example.org/" + word + ")";
            post.append(i == 0 ? "" : " ").append(word);
        }
        post.append(".\n\n");
        return length;
    }
}
