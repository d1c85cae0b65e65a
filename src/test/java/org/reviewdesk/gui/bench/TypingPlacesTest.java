package org.reviewdesk.gui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The typing measurement types where it says it does: each place lands in its kind of block, wherever earlier typing went. */
class TypingPlacesTest {
    private static final String POST = SamplePosts.markdown(10_000);

    private static String lineAt(String text, int caret) {
        int start = text.lastIndexOf('\n', caret - 1) + 1;
        int end = text.indexOf('\n', caret);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    @Test
    void eachPlaceIsInsideItsBlock() {
        assertTrue(lineAt(POST, TypingPlaces.START.caretIn(POST)).startsWith("The cache sits"));
        assertTrue(TypingPlaces.START.caretIn(POST) < 400);
        int middle = TypingPlaces.MIDDLE.caretIn(POST);
        assertTrue(middle > POST.length() / 2 && middle < POST.length() / 2 + 1_000);
        assertTrue(Character.isLetter(lineAt(POST, middle).charAt(0)));
        assertEquals(POST.length(), TypingPlaces.END.caretIn(POST));
        assertTrue(lineAt(POST, TypingPlaces.LIST.caretIn(POST)).startsWith("- "));
        int code = TypingPlaces.CODE.caretIn(POST);
        assertEquals("cache.set(key, value, ex=300)", lineAt(POST, code));
        assertEquals('\n', POST.charAt(code), "at the end of the code line");
        int cell = TypingPlaces.TABLE.caretIn(POST);
        assertEquals("| ttl | 300 s | prices change |", lineAt(POST, cell));
        assertEquals(" |", POST.substring(cell, cell + 2), "inside the last cell");
    }

    @Test
    void typingAtOnePlaceDoesNotMoveAnotherOutOfItsBlock() {
        String text = POST;
        for (int run = 0; run < 12; run++) {
            for (TypingPlaces place : List.of(TypingPlaces.values())) {
                int at = place.caretIn(text);
                text = text.substring(0, at) + " zqbak zqbbk" + text.substring(at);
            }
        }
        String code = lineAt(text, TypingPlaces.CODE.caretIn(text));
        assertTrue(code.startsWith("cache.set("), code);
        String row = lineAt(text, TypingPlaces.TABLE.caretIn(text));
        assertTrue(row.startsWith("| ttl |") && row.endsWith(" |"), row);
        assertTrue(lineAt(text, TypingPlaces.LIST.caretIn(text)).startsWith("- "));
    }
}
