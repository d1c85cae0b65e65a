package org.reviewdesk.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SourceTextTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void dropsTheByteOrderMarkAndNormalizesLineEnds() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("title\r\n\r\nfirst • line\rsecond\n");
        byte[] bytes = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        assertThat(SourceText.decode(bytes, "post.txt")).isEqualTo("title\n\nfirst • line\nsecond\n");
    }

    @Test
    void malformedUtf8IsRefusedAtItsLine() {
        byte[] bytes = utf8("line one\nline two\nbad \u0000 here\n");
        bytes[bytes.length - 7] = (byte) 0xC3; // the NUL becomes a lead byte without its continuation
        assertThatThrownBy(() -> SourceText.decode(bytes, "latin.txt"))
                .isInstanceOf(PostFormatException.class)
                .hasMessageStartingWith("latin.txt:3: invalid UTF-8")
                .satisfies(e -> assertThat(((PostFormatException) e).line()).isEqualTo(3));
    }

    @Test
    void latin1TextNamesTheLineOfTheFirstAccent() {
        byte[] bytes = "caf\u00e9\nna\u00efve".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SourceText.decode(bytes, "old.txt"))
                .hasMessageStartingWith("old.txt:1: invalid UTF-8 (byte 0xE9");
    }

    @Test
    void theReplacementCharacterItselfIsText() throws Exception {
        assertThat(SourceText.decode(utf8("a \uFFFD stands for what was lost\n"), "kept.txt"))
                .isEqualTo("a \uFFFD stands for what was lost\n");
    }

    @Test
    void anEncodedSurrogateOrAnOverlongFormIsNotUtf8() {
        byte[] surrogate = {'o', 'k', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
        assertThatThrownBy(() -> SourceText.decode(surrogate, "cesu.txt"))
                .hasMessageStartingWith("cesu.txt:2: invalid UTF-8 (byte 0xED at offset 3)");
        byte[] overlong = {'a', '\n', 'b', '\n', (byte) 0xC0, (byte) 0xAF, '\n'};
        assertThatThrownBy(() -> SourceText.decode(overlong, "overlong.txt"))
                .hasMessageStartingWith("overlong.txt:3: invalid UTF-8 (byte 0xC0 at offset 4)");
    }

    @Test
    void aFileWithNulBytesIsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> SourceText.decode(png, "cover.png"))
                .isInstanceOf(PostFormatException.class)
                .hasMessage("cover.png: a binary file, not text (it contains NUL bytes)");
    }

    @Test
    void anEmptyOrBlankFileIsEmpty() {
        assertThatThrownBy(() -> SourceText.decode(new byte[0], "empty.txt")).hasMessageContaining("an empty file");
        assertThatThrownBy(() -> SourceText.decode(utf8(" \n\r\n\t"), "blank.txt"))
                .hasMessageStartingWith("blank.txt: an empty file");
        assertThatThrownBy(() -> SourceText.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "bom.txt"))
                .hasMessageContaining("an empty file");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedBeforeDecoding() {
        byte[] huge = new byte[SourceText.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> SourceText.decode(huge, "dump.txt"))
                .hasMessage("dump.txt: the file is 20.0 MB, larger than the 20 MB a post may have");
    }

    @Test
    void fiveMegabytesDecodeQuickly() {
        byte[] big = utf8("a paragraph with a bullet • and an accent é.\n".repeat(110_000));
        assertThat(big.length).isGreaterThan(5_000_000);
        String text = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> SourceText.decode(big, "big.txt"));
        assertThat(text).hasSize(46 * 110_000 - 110_000);
    }
}
