package org.reviewdesk.formats.alphanode;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells unfenced code from prose. The pages drop the fences of their code blocks, so the reader has to
 * recognise code by its shape: a block is code when every line of it looks like code. Prose in these
 * pages is sentences; code lines are statements, declarations, calls, indented lines or commands.
 */
final class CodeLines {
    private static final List<Pattern> CODE = List.of(
            // indented continuation of a block (python bodies, braces)
            Pattern.compile("^(\\t| {2,})\\S.*"),
            // python, javascript, java, php declarations and statements
            Pattern.compile("^(from\\s+[\\w.]+\\s+import\\s|import\\s+[\\w.{*]|def\\s+\\w+\\s*\\(|async\\s+def\\s|class\\s+\\w+"
                    + "|return\\b|raise\\b|elif\\b|else\\s*:|try\\s*:|except\\b|finally\\s*:|with\\s.+:$|if\\s.+:$|for\\s.+:$"
                    + "|while\\s.+:$|@[\\w.]+|function\\s+\\w+\\s*\\(|const\\s+\\w+|let\\s+\\w+|var\\s+\\w+|public\\s|private\\s"
                    + "|protected\\s|package\\s+[\\w.]+;|#include\\s|<\\?php|#!/).*"),
            // assignment: an identifier, '=', a value, and no sentence after it
            Pattern.compile("^[A-Za-z_$][\\w.$\\[\\]'\"]*\\s*(=|\\+=|-=|:=)\\s*\\S.*"),
            // a call statement: name(...) possibly followed by ; or a brace
            Pattern.compile("^[A-Za-z_$][\\w.$]*\\(.*\\)\\s*[;{]?$"),
            // lines of braces or ending like a statement
            Pattern.compile("^.*[;{}]\\s*$"),
            Pattern.compile("^[)\\]}]+[;,]?$"),
            // SQL and shell
            Pattern.compile("^(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH)\\s.*"),
            Pattern.compile("^(\\$\\s|sudo\\s|pip3?\\s|npm\\s|npx\\s|yarn\\s|docker\\s|kubectl\\s|curl\\s|git\\s|mvn\\s"
                    + "|composer\\s|wp\\s|php\\s|python3?\\s|node\\s|cd\\s|export\\s\\w+=)[^.]*"),
            // comments
            Pattern.compile("^(#\\s|//|/\\*|\\*/|--\\s).*"));

    /** A sentence: words followed by a full stop and more words, or a line ending in a full stop. */
    private static final Pattern SENTENCE = Pattern.compile(".*\\w[.!?](\\s+\\w.*)?$");

    private CodeLines() {
    }

    static boolean isCode(List<String> lines) {
        boolean any = false;
        for (String line : lines) {
            if (line.isBlank()) continue;
            if (!looksLikeCode(line)) return false;
            any = true;
        }
        return any;
    }

    static boolean looksLikeCode(String line) {
        String trimmed = line.stripTrailing();
        boolean indented = line.startsWith("  ") || line.startsWith("\t");
        if (!indented && SENTENCE.matcher(trimmed).matches() && trimmed.split("\\s+").length >= 6) {
            return false;
        }
        for (Pattern p : CODE) {
            if (p.matcher(trimmed).matches()) return true;
        }
        return false;
    }
}
