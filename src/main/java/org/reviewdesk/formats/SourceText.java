package org.reviewdesk.formats;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file into the text the readers parse: strict UTF-8, without a byte order mark,
 * with LF line ends. Anything that is not a text post (binary, empty, too large, not UTF-8) is refused
 * here, with the file and, where it helps, the line, so that no reader has to guess.
 */
public final class SourceText {
    /** Larger than any real post by far; refusing early keeps a stray dump from filling the heap. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private SourceText() {
    }

    public static String decode(byte[] bytes, String fileName) throws PostFormatException {
        if (bytes.length > MAX_BYTES) {
            throw new PostFormatException(fileName, 0, String.format(
                    "the file is %.1f MB, larger than the %d MB a post may have", bytes.length / 1048576.0,
                    MAX_BYTES / 1048576));
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new PostFormatException(fileName, 0, "a binary file, not text (it contains NUL bytes)");
            }
        }
        int start = hasBom(bytes) ? 3 : 0;
        String text = strictUtf8(bytes, start, fileName);
        if (text.isBlank()) {
            throw new PostFormatException(fileName, 0, "an empty file (expected the text of a post)");
        }
        return normalizeLineEnds(text);
    }

    /** CRLF and a lone CR become LF; readers see only LF. */
    public static String normalizeLineEnds(String text) {
        if (text.indexOf('\r') < 0) return text;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** For readers handed a string directly: drops a leading BOM and normalizes line ends. */
    public static String clean(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return normalizeLineEnds(t);
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static String strictUtf8(byte[] bytes, int start, String fileName) throws PostFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new PostFormatException(fileName, lineOf(bytes, at), String.format(
                    "invalid UTF-8 (byte 0x%02X at offset %d): expected text encoded as UTF-8",
                    bytes[at] & 0xFF, at));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) line++;
        }
        return line;
    }
}
