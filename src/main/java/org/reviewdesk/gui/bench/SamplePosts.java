package org.reviewdesk.gui.bench;

/**
 * Long Markdown posts of a given size, generated, for measurements (not a fixture of content): sections of
 * paragraphs with a bullet list, a fenced code block and a table here and there, the blocks a reviewer types into.
 */
public final class SamplePosts {
    private static final String[] SENTENCES = {
        "The cache sits in front of the database and answers most reads.",
        "Measure the hit rate before you tune anything else.",
        "A stale entry is worse than a miss when prices change often.",
        "Keep the time to live short for data that users edit.",
        "Log every eviction for a day and read the pattern.",
        "Warm the cache after a deploy so the first users do not wait.",
    };

    public static String markdown(int words) {
        StringBuilder sb = new StringBuilder("# A long post about caching\n\n");
        int count = 5;
        int section = 1;
        int sentence = 0;
        while (count < words) {
            if (sentence % 12 == 0) {
                sb.append("## Section ").append(section++).append("\n\n");
                count += 2;
            }
            if (sentence % 9 == 4) {
                sb.append("- check the **hit rate** daily\n- read `redis-cli info stats`\n- see [the guide](https://example.org/guide)\n\n");
                count += 13;
            }
            if (sentence % 17 == 8) {
                sb.append("```python\ncache.set(key, value, ex=300)\n```\n\n");
                count += 6;
            }
            if (sentence % 23 == 15) {
                sb.append("| setting | value | why |\n| --- | --- | --- |\n| ttl | 300 s | prices change |\n")
                        .append("| max memory | 2 GB | the hot set fits |\n\n");
                count += 16;
            }
            for (int i = 0; i < 4; i++) {
                String s = SENTENCES[(sentence + i) % SENTENCES.length];
                sb.append(s).append(i < 3 ? " " : "\n\n");
                count += s.split(" ").length;
            }
            sentence++;
        }
        return sb.toString();
    }

    private SamplePosts() {
    }
}
