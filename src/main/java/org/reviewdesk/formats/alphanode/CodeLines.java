package org.reviewdesk.formats.alphanode;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells unfenced code from prose. The pages drop the fences of their code blocks, so the reader has to
 * recognise code by its shape: a block is code when every line of it looks like code. Prose in these
 * pages is sentences; code lines are statements, declarations, calls, indented lines or commands.
 */
final class CodeLines {
    static final List<Pattern> CODE = List.of(
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
            Pattern.compile("^(#\\s|//|/\\*|\\*/|--\\s).*"),
            // several names assigned at once (go, python): a, b := f()
            Pattern.compile("^[A-Za-z_]\\w*(\\s*,\\s*[A-Za-z_]\\w*)+\\s*:?=\\s*\\S.*"),
            // go, rust, ruby, javascript keywords that start a statement
            Pattern.compile("^(defer\\s|go\\s+\\w+\\(|func\\s|fn\\s|use\\s+[\\w:]+|let\\s+mut\\s|impl\\s|export\\s+(function|const|default|class)"
                    + "|module\\s|require\\s|end$|end\\)).*"),
            // a call with a method chain or a macro: Post.find(id).archive!  eprintln!("…")
            Pattern.compile("^[A-Za-z_$][\\w.$]*(\\(.*\\)|!\\(.*\\))[!?]?(\\.[\\w!?]+(\\(.*\\))?)*;?$"),
            // ruby: a method call with a symbol argument (queue_as :low)
            Pattern.compile("^[a-z_]+\\s+:\\w+(,.*)?$"),
            // SQL in lower case, only with its own grammar around the keyword (a heading may start with "create")
            Pattern.compile("(?i)^(select\\s.+\\sfrom\\s.*|insert\\s+into\\s.*|update\\s+\\w+\\s+set\\s.*|delete\\s+from\\s.*"
                    + "|create\\s+(unique\\s+)?(index|table|view|schema|extension|materialized\\s+view)\\b.*"
                    + "|alter\\s+table\\s.*|drop\\s+(table|index|view)\\s.*|explain(\\s+analy[sz]e)?(\\s.*)?)"),
            // YAML: a key alone, or an indented key with a plain value
            Pattern.compile("^\\s*[\\w.-]+:$"),
            Pattern.compile("^\\s+[\\w.-]+:\\s+[\\w./\"'-]+$"),
            // shell commands (no final full stop)
            Pattern.compile("^(set\\s+[-+][a-z]+|du\\s|hugo(\\s|$)|ls(\\s|$)|cat\\s|echo\\s|make(\\s|$)|cargo\\s|go\\s+(run|build|test|mod|vet)"
                    + "|terraform\\s|helm\\s|rm\\s|cp\\s|mv\\s|mkdir\\s|chmod\\s|tar\\s|ssh\\s|psql\\s|bundle\\s|rails\\s|rake\\s)[^.]*"));

    /**
     * The expressions above as one alternation: one matcher per line instead of one per expression. A line matches
     * it exactly when it matches one of them (each alternative is a group, so the one case-blind flag stays in its own).
     */
    private static final Pattern ANY_CODE = Pattern.compile(String.join("|",
            CODE.stream().map(p -> "(?:" + p.pattern() + ")").toList()));

    /** A sentence: words followed by a full stop and more words, or a line ending in a full stop. */
    static final Pattern SENTENCE = Pattern.compile(".*\\w[.!?](\\s+\\w.*)?$");

    private CodeLines() {
    }

    /**
     * {@code SENTENCE.matcher(s).matches()}, without the regular expression for a line with no line terminator (the
     * reader's lines have none): a word character and a stop, then the end or spaces and a word character. Most
     * lines of a page are prose, and this test is what lets them out early.
     */
    static boolean isSentence(String s) {
        int n = s.length();
        if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\u0085') >= 0 || s.indexOf('\u2028') >= 0
                || s.indexOf('\u2029') >= 0) {
            return SENTENCE.matcher(s).matches();
        }
        for (int i = 0; i + 1 < n; i++) {
            char stop = s.charAt(i + 1);
            if ((stop != '.' && stop != '!' && stop != '?') || !isWord(s.charAt(i))) continue;
            if (i + 2 == n) return true;
            if (!isSpace(s.charAt(i + 2))) continue;
            int j = i + 3;
            while (j < n && isSpace(s.charAt(j))) j++;
            if (j < n && isWord(s.charAt(j))) return true;
        }
        return false;
    }

    /** {@code s.split("\\s+").length}, without the regular expression: the runs of non-space characters, and one more when s starts with a space. */
    static int fields(String s) {
        int n = s.length();
        if (n == 0) return 1;
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < n; i++) {
            boolean space = isSpace(s.charAt(i));
            if (!space && !inRun) runs++;
            inRun = !space;
        }
        return runs == 0 ? 0 : runs + (isSpace(s.charAt(0)) ? 1 : 0);
    }

    /** The regular expressions' \\w. */
    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** The regular expressions' \\s. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
        if (!indented && isSentence(trimmed) && fields(trimmed) >= 6) {
            return false;
        }
        return hasCodeShape(trimmed);
    }

    /** The line matches one of the expressions of code. */
    static boolean hasCodeShape(String trimmed) {
        return ANY_CODE.matcher(trimmed).matches();
    }
}
