package org.reviewdesk.checks.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewdesk.checks.Posts.md;
import static org.reviewdesk.checks.Posts.post;
import static org.reviewdesk.checks.Posts.run;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.Posts;
import org.reviewdesk.model.Post;

class CodeLanguageTest {

    @Nested
    class Classifier {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                python     | from fastapi import FastAPI\\napp = FastAPI()\\n\\n@app.get('/health')\\ndef health():\\n    return {'ok': True}
                javascript | const express = require('express');\\nconst app = express();\\napp.get('/', (req, res) => res.send('ok'));\\nconsole.log('up');
                typescript | interface User {\\n  id: number;\\n  name: string;\\n}\\nexport const greet = (u: User): string => `hi ${u.name}`;
                java       | import java.util.List;\\n\\npublic class Main {\\n    public static void main(String[] args) {\\n        System.out.println("hi");\\n    }\\n}
                go         | package main\\n\\nimport "fmt"\\n\\nfunc main() {\\n\\tx := 1\\n\\tfmt.Println(x)\\n}
                rust       | use std::collections::HashMap;\\n\\nfn main() {\\n    let mut m = HashMap::new();\\n    println!("{:?}", m);\\n}
                shell      | #!/bin/bash\\nset -e\\ncd /srv/app && git pull\\nsudo systemctl restart app
                sql        | SELECT id, title\\nFROM posts p\\nWHERE p.views > 100\\nORDER BY p.views DESC;
                php        | <?php\\n$name = 'x';\\nfunction greet($who) {\\n    echo "hi $who";\\n}
                yaml       | services:\\n  web:\\n    image: nginx\\n    ports:\\n      - "80:80"
                json       | {\\n  "name": "review-desk",\\n  "version": "1.0.0",\\n  "private": true\\n}
                """)
        void recognisesEachLanguage(String language, String code) {
            assertThat(CodeLanguageClassifier.classify(code.replace("\\n", "\n").replace("\\t", "\t")))
                    .contains(language);
        }

        @Test
        void abstainsOnProseAndTinySnippets() {
            assertThat(CodeLanguageClassifier.classify("just some words in a block")).isEmpty();
            assertThat(CodeLanguageClassifier.classify("x = 1")).isEmpty();
        }
    }

    @Nested
    class Check {
        private final CodeLanguageMismatchCheck check = new CodeLanguageMismatchCheck();
        private final String javaBlock = md("Intro.", "", "```", "public class A {", "    @Override",
                "    public String toString() { return \"a\"; }", "}", "```");

        @Test
        void firesWhenSetButThereIsNoCodeAndTheFixClearsIt() {
            Post post = post("Only prose here.", m -> m.codeLanguage("python"));
            assertThat(run(check, post)).singleElement().satisfies(f -> {
                assertThat(f.metaField()).isEqualTo("code_language");
                assertThat(f.message()).contains("no code block");
            });
            Post fixed = Posts.fixFirst(check, post);
            assertThat(fixed.meta().codeLanguage()).isNull();
            assertThat(run(check, fixed)).isEmpty();
        }

        @Test
        void firesWhenAllCodeIsInAnotherLanguagePointingAtTheBlock() {
            assertThat(run(check, post(javaBlock, m -> m.codeLanguage("python")))).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(3);
                assertThat(f.metaField()).isEqualTo("code_language");
                assertThat(f.message()).contains("the code is java");
            });
        }

        @Test
        void firesWhenAFenceTagContradictsItsCode() {
            String body = javaBlock.replace("```\npublic", "```python\npublic");
            assertThat(run(check, post(body, m -> m.codeLanguage("python")))).extracting(Finding::message)
                    .singleElement().asString().contains("fence says python").contains("looks like java");
        }

        @Test
        void staysQuietOnMatchingCodeAliasesAndSideSnippets() {
            String body = md("Intro.", "", "```py", "def f():", "    return None", "```", "", "```bash",
                    "pip install fastapi", "```");
            assertThat(run(check, post(body, m -> m.codeLanguage("Python")))).isEmpty();
            assertThat(run(check, post(javaBlock, m -> m.codeLanguage("java")))).isEmpty();
            assertThat(run(check, post(javaBlock))).isEmpty();
            String ts = md("```ts", "const a: number = 1;", "```");
            assertThat(run(check, post(ts, m -> m.codeLanguage("javascript")))).isEmpty();
            assertThat(CodeLanguages.canonical("text")).isEqualTo("");
            assertThat(Optional.of(CodeLanguages.canonical("golang"))).contains("go");
        }
    }
}
