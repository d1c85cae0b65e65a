package org.reviewdesk.formats.alphanode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written tests the reader runs on every line answer exactly as the regular expressions they replace. */
class CodeLinesTest {
    /** Characters that matter to the expressions: word characters, stops, every kind of space and line end. */
    private static final String ALPHABET = "ab Z_9.!?,;:()= \t\u000B\f\r\n\u0085\u2028\u2029\u00a0é-";

    @Test
    void theSentenceTestAndTheWordCountAgreeWithTheExpressionsOnAnyLine() {
        Random random = new Random(11);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String line = sb.toString();
            assertThat(CodeLines.isSentence(line)).as("sentence: [%s]", line).isEqualTo(CodeLines.SENTENCE.matcher(line).matches());
            assertThat(CodeLines.fields(line)).as("fields: [%s]", line).isEqualTo(line.split("\\s+").length);
        }
    }

    @Test
    void theOneAlternationAnswersAsTheExpressionsOneByOne() {
        String[] lines = {"SELECT id FROM post", "select id from post", "Create index later", "create index post_a on post (a)",
            "  indented body", "def main():", "x = 1", "a, b := f()", "end", "queue_as :low", "Post.find(id).archive!",
            "key:", "  key: value", "why this matters", "}", "});", "# a comment", "EXPLAIN ANALYZE select 1", "docker ps",
            "Docker is a tool", "const x", "ls", "make build", "go run .", "Insert Into t", "UPDATE T SET a = 1", "DELETE from t"};
        int code = 0;
        for (String line : lines) {
            boolean any = CodeLines.CODE.stream().anyMatch(p -> p.matcher(line).matches());
            assertThat(CodeLines.hasCodeShape(line)).as(line).isEqualTo(any);
            if (any) code++;
        }
        assertThat(code).as("lines of code among the examples").isBetween(10, lines.length - 1);
        assertThat(CodeLines.hasCodeShape("why this matters")).isFalse();
    }

    @Test
    void proseIsNotCodeAndStatementsAre() {
        assertThat(CodeLines.looksLikeCode("Measure the cache before you change it. Then change one thing at a time.")).isFalse();
        assertThat(CodeLines.looksLikeCode("const cache = new Map();")).isTrue();
        assertThat(CodeLines.looksLikeCode("kubectl rollout status deploy/web")).isTrue();
        assertThat(CodeLines.looksLikeCode("why this matters")).isFalse();
    }
}
