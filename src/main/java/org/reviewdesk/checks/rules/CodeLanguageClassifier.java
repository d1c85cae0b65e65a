package org.reviewdesk.checks.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Guesses the language of a code snippet from telltale lines: a small weighted-pattern classifier for python,
 * javascript, typescript, java, go, rust, shell, sql, php, yaml and json. It answers only when one language clearly
 * leads (a score of {@value #MIN_SCORE} or more, and {@value #MIN_LEAD}× the runner-up), because a wrong guess would
 * raise a false alarm.
 */
public final class CodeLanguageClassifier {
    static final int MIN_SCORE = 4;
    static final double MIN_LEAD = 1.5;
    /** A pattern counts on at most this many lines, so that one idiom repeated does not decide alone. */
    private static final int MAX_LINES_PER_PATTERN = 3;

    private record Cue(Pattern pattern, int weight) {
    }

    private static final Map<String, List<Cue>> CUES = new LinkedHashMap<>();

    static {
        cues("python",
                cue("^\\s*from [\\w.]+ import ", 3), cue("^\\s*import [\\w.]+( as \\w+)?\\s*$", 2),
                cue("^\\s*(async )?def \\w+\\(.*\\)( -> .+)?:\\s*$", 3), cue("^\\s*(elif|except|with) .*:\\s*$", 3),
                cue("^\\s*(if|for|while|class|try|else)\\b.*:\\s*$", 1), cue("\\bself\\.\\w", 2),
                cue("\\b(True|False|None)\\b", 1), cue("^\\s*print\\(", 1), cue("^\\s*@\\w+(\\.\\w+)*(\\(.*\\))?\\s*$", 1));
        cues("javascript",
                cue("\\b(const|let|var)\\s+\\w+\\s*=", 2), cue("=>", 1), cue("\\bfunction\\s*\\w*\\s*\\(", 2),
                cue("console\\.(log|error)\\(", 3), cue("require\\(['\"]", 3), cue("^\\s*import .+ from ['\"]", 3),
                cue("module\\.exports|^\\s*export (default|const|function|class)\\b", 3), cue("===|!==", 2),
                cue("\\b(document|window)\\.\\w", 2), cue("\\bawait\\s+\\w", 1));
        cues("typescript",
                cue(":\\s*(string|number|boolean|any|void|unknown|never)(\\[\\])?\\b", 3),
                cue("^\\s*(export\\s+)?interface \\w+(<.+>)?\\s*\\{", 3), cue("^\\s*(export\\s+)?type \\w+(<.+>)? = ", 3),
                cue("\\bas const\\b", 2));
        cues("java",
                cue("\\bpublic\\s+(static\\s+)?(final\\s+)?(abstract\\s+)?(class|interface|record|enum|void)\\b", 3),
                cue("System\\.(out|err)\\.print", 3), cue("^\\s*import (static )?[\\w.]+(\\.\\*)?;\\s*$", 3),
                cue("^\\s*package [\\w.]+;\\s*$", 3), cue("@Override\\b", 3),
                cue("\\b(private|protected|public)\\s+[\\w<>\\[\\], ]+\\s+\\w+\\s*[;=(]", 2), cue("\\bnew \\w+(<.*>)?\\(", 1),
                cue(";\\s*$", 1));
        cues("go",
                cue("^\\s*package \\w+\\s*$", 3), cue("^\\s*func\\s+(\\(\\w+ \\*?\\w+\\)\\s*)?\\w+\\(", 3), cue(":=", 2),
                cue("\\bfmt\\.\\w+\\(", 3), cue("^\\s*import (\\($|\")", 3), cue("\\berr != nil\\b", 3),
                cue("^\\s*type \\w+ (struct|interface)\\s*\\{", 3));
        cues("rust",
                cue("\\bfn\\s+\\w+(<.*>)?\\(", 3), cue("\\blet\\s+mut\\b", 3), cue("\\b(println|vec|format|panic)!", 3),
                cue("^\\s*use \\w+(::[\\w{}*, ]+)+;", 3), cue("^\\s*impl\\b", 2), cue("->\\s*(Self|Result|Option|&)", 2),
                cue("&(str|mut)\\b", 2), cue("\\b(pub|mod|struct|enum)\\s+\\w+", 1));
        cues("shell",
                cue("^#!/(usr/)?bin/(env )?(ba|z)?sh", 5), cue("^\\s*\\$ \\S", 2),
                cue("^\\s*(sudo|apt(-get)?|brew|npm|npx|pip3?|yarn|pnpm|docker|kubectl|git|curl|wget|cd|ls|mkdir|rm|cp|mv"
                        + "|export|echo|chmod|make|systemctl|cargo|go|mvn|gradle|uvicorn|pytest|ruff)\\s", 2),
                cue("\\|\\s*(grep|awk|sed|xargs|sort|head|tail)\\b", 2), cue("&&|\\|\\|", 1), cue("\\$\\{?[A-Z_]+\\}?", 1));
        cues("sql",
                cue("(?i)^\\s*(select|insert into|update \\w+ set|delete from|create (table|index|view)|alter table"
                        + "|drop table|with \\w+ as \\()\\b", 3),
                cue("(?i)\\bfrom\\s+\\w+(\\s+\\w+)?\\s+(where|join|group by|order by|limit)\\b", 2),
                cue("(?i)\\b(where|group by|order by|inner join|left join|values)\\b", 1));
        cues("php",
                cue("<\\?php", 5), cue("\\$this->", 3), cue("^\\s*\\$\\w+\\s*=", 2), cue("\\bfunction \\w+\\(\\$", 3),
                cue("->\\w+\\(", 1), cue("^\\s*(echo|namespace|use) .*;\\s*$", 1));
        cues("yaml",
                cue("^---\\s*$", 2), cue("^\\s*- [\\w.-]+:\\s", 2), cue("^\\s*[\\w.-]+:\\s*$", 1),
                cue("^\\s*[\\w.-]+: [^{(;]+$", 1),
                cue("^\\s*(apiVersion|kind|metadata|services|steps|jobs|runs-on|image|spec|volumes|env):", 2));
        cues("json", cue("^\\s*\"[^\"]+\"\\s*:\\s*(\"|\\d|\\{|\\[|true|false|null)", 2), cue("^\\s*[\\[{]\\s*$", 1));
    }

    private CodeLanguageClassifier() {
    }

    private static Cue cue(String regex, int weight) {
        return new Cue(Pattern.compile(regex, Pattern.MULTILINE), weight);
    }

    private static void cues(String language, Cue... cues) {
        CUES.put(language, List.of(cues));
    }

    /** The language the snippet is clearly written in, or empty when no language clearly leads. */
    public static Optional<String> classify(String code) {
        Map<String, Integer> scores = scores(code);
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        if (best == null || bestScore < MIN_SCORE) return Optional.empty();
        int runnerUp = 0;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            // JavaScript trailing TypeScript (or the reverse) is agreement, not doubt
            if (!CodeLanguages.compatible(best, e.getKey())) runnerUp = Math.max(runnerUp, e.getValue());
        }
        return bestScore >= MIN_LEAD * runnerUp ? Optional.of(best) : Optional.empty();
    }

    static Map<String, Integer> scores(String code) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        String trimmed = code.strip();
        CUES.forEach((language, cues) -> {
            int score = 0;
            for (Cue cue : cues) {
                int lines = 0;
                var m = cue.pattern().matcher(code);
                while (lines < MAX_LINES_PER_PATTERN && m.find()) lines++;
                score += lines * cue.weight();
            }
            scores.put(language, score);
        });
        // TypeScript is JavaScript too: its own cues only add to what the JavaScript cues found
        if (scores.get("typescript") > 0) scores.merge("typescript", scores.get("javascript"), Integer::sum);
        // JSON is a whole document, one object or array
        if (!(trimmed.startsWith("{") && trimmed.endsWith("}") || trimmed.startsWith("[") && trimmed.endsWith("]"))) {
            scores.put("json", 0);
        }
        return scores;
    }
}
