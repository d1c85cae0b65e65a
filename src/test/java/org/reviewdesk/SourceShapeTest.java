package org.reviewdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parts with one job, as the sources show them: no main source file over 300 lines, and no method or constructor
 * over 40 lines unless it is a declarative table (a list of entries, not logic) and its class or its own comment
 * says so with the words "declarative table".
 */
class SourceShapeTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final int MAX_FILE_LINES = 300;
    private static final int MAX_METHOD_LINES = 40;

    @Test
    void noMainSourceFileIsOver300Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources()) {
            int lines = Files.readAllLines(file).size();
            if (lines > MAX_FILE_LINES) long_.add(MAIN.relativize(file) + " (" + lines + " lines)");
        }
        assertThat(long_).as("main source files over " + MAX_FILE_LINES + " lines").isEmpty();
    }

    @Test
    void noMethodIsOver40LinesExceptADeclaredTable() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources()) {
            String text = Files.readString(file);
            for (Method m : methods(text)) {
                if (m.lines() > MAX_METHOD_LINES && !m.declaredTable()) {
                    long_.add(MAIN.relativize(file) + ":" + m.firstLine() + " " + m.name() + " (" + m.lines() + " lines)");
                }
            }
        }
        assertThat(long_).as("methods over " + MAX_METHOD_LINES + " lines").isEmpty();
    }

    @Test
    void theMethodFinderSeesMethodsConstructorsAndNestedTypes() {
        String source = """
                /** A class. */
                final class A {
                    A(int x) {
                        run(() -> {
                            call("}{");
                        });
                    }

                    // a comment with a brace {
                    int f() throws Exception {
                        return new Object() {
                            @Override public String toString() { return "x"; }
                        }.hashCode();
                    }

                    record R(int a) {
                        R {
                            if (a < 0) throw new IllegalArgumentException();
                        }
                    }
                }
                """;
        assertThat(methods(source)).extracting(Method::name, Method::lines)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 5), org.assertj.core.groups.Tuple.tuple("f", 5),
                        org.assertj.core.groups.Tuple.tuple("R", 3));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    record Method(String name, int firstLine, int lines, boolean declaredTable) {
    }

    private static final Pattern HEADER = Pattern.compile("(\\w+)\\s*(?:\\([^()]*(?:\\([^()]*\\)[^()]*)*\\))?\\s*(?:throws\\s+[\\w.,\\s]+)?$");
    private static final Pattern TYPE = Pattern.compile("\\b(class|interface|enum|record)\\s+\\w+");
    private static final Pattern CONTROL = Pattern.compile("^(if|for|while|switch|catch|synchronized|try|else|do|return|new)$");

    /** An open brace: a type's body, a method's body (with the method's name and first line), or other code. */
    private record Frame(boolean typeBody, String method, int firstLine) {
    }

    /** The methods and constructors declared directly in a type's body (nested types' too), with their lengths. */
    static List<Method> methods(String source) {
        String code = blankCommentsAndStrings(source);
        List<Method> found = new ArrayList<>();
        Deque<Frame> open = new ArrayDeque<>();
        int statementStart = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == ';') {
                statementStart = i + 1;
            } else if (c == '{') {
                open.push(frame(code, statementStart, i, open.isEmpty() || open.peek().typeBody()));
                statementStart = i + 1;
            } else if (c == '}') {
                statementStart = i + 1;
                if (open.isEmpty()) continue;
                Frame f = open.pop();
                if (f.method() != null) {
                    int last = lineAt(code, i);
                    found.add(new Method(f.method(), f.firstLine(), last - f.firstLine() + 1,
                            declaredTable(source, f.firstLine())));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Method::firstLine));
        return found;
    }

    private static Frame frame(String code, int from, int brace, boolean inTypeBody) {
        String before = code.substring(from, brace).strip();
        if (TYPE.matcher(before).find()) return new Frame(true, null, 0);
        if (!inTypeBody) return new Frame(false, null, 0);
        Matcher m = HEADER.matcher(before);
        String name = m.find() ? m.group(1) : "";
        boolean method = !name.isEmpty() && !CONTROL.matcher(name).matches() && !before.contains("=")
                && !before.isEmpty() && !before.equals("static");
        if (!method) return new Frame(false, null, 0);
        int k = from;
        while (k < brace && Character.isWhitespace(code.charAt(k))) k++;
        // Annotations on lines of their own are not part of the method's length.
        int line = lineAt(code, k);
        String[] headerLines = code.substring(k, brace).split("\n", -1);
        for (String h : headerLines) {
            if (!h.strip().startsWith("@") || h.contains("(") && h.strip().matches("@\\w+\\(.*\\)\\s*\\w.*")) break;
            line++;
        }
        return new Frame(false, name, line);
    }

    private static int lineAt(String code, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) if (code.charAt(i) == '\n') line++;
        return line;
    }

    /** Whether the class comment or the comment just above the method (line {@code line}) says "declarative table". */
    private static boolean declaredTable(String source, int line) {
        String[] lines = source.split("\n", -1);
        int typeLine = 0;
        while (typeLine < lines.length && !TYPE.matcher(lines[typeLine]).find()) typeLine++;
        String header = String.join("\n", java.util.Arrays.asList(lines).subList(0, Math.min(typeLine, lines.length)));
        if (header.contains("declarative table")) return true;
        StringBuilder above = new StringBuilder();
        for (int l = line - 2; l >= 0 && l >= line - 15; l--) {
            String t = lines[l].strip();
            if (t.isEmpty() || t.startsWith("}") || t.endsWith(";")) break;
            above.append(t).append('\n');
        }
        return above.toString().contains("declarative table");
    }

    /** The source with comments, strings, text blocks and char literals replaced by spaces (line breaks kept). */
    static String blankCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') { out.append(' '); i++; }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (; i < end; i++) out.append(s.charAt(i) == '\n' ? '\n' : ' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
                for (; i < end; i++) out.append(s.charAt(i) == '\n' ? '\n' : ' ');
            } else if (c == '"' || c == '\'') {
                out.append(' ');
                i++;
                while (i < s.length() && s.charAt(i) != c) {
                    if (s.charAt(i) == '\\') { out.append(' '); i++; }
                    if (i < s.length()) { out.append(s.charAt(i) == '\n' ? '\n' : ' '); i++; }
                }
                out.append(' ');
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
