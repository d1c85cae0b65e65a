package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reviewdesk.checks.BodyStructure.CodeBlock;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.meta.MetaFields;

/**
 * {@code code_language} against the code of the body:
 * <ul>
 *   <li>set, but the body has no code block;</li>
 *   <li>set, but no code block is in that language while some are clearly in another (by fence tag, or by the
 *       classifier for an untagged block). A shell snippet beside Python code is normal and not reported;</li>
 *   <li>a block whose fence tag contradicts what its code clearly is (```python around Java).</li>
 * </ul>
 * A finding about {@code code_language} points at the first block that contradicts it.
 */
public final class CodeLanguageMismatchCheck implements Check {
    public static final String ID = "code-language-mismatch";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        String declared = CodeLanguages.canonical(ctx.post().meta().codeLanguage());
        List<CodeBlock> blocks = ctx.body().codeBlocks();
        List<Finding> out = new ArrayList<>();
        if (!declared.isEmpty() && blocks.isEmpty()) {
            out.add(Finding.onMeta(ID, defaultSeverity(),
                    "code_language says " + declared + " but the body has no code block: clear code_language, or add "
                            + "the code in a fenced block.", MetaFields.CODE_LANGUAGE.path())
                    .withQuickFix(new QuickFix("Clear code_language",
                            post -> post.withMeta(post.meta().toBuilder().codeLanguage(null).build()))));
            return out;
        }
        CodeBlock firstOther = null;
        String firstOtherLanguage = null;
        boolean anyInDeclared = false;
        for (CodeBlock block : blocks) {
            String tagged = CodeLanguages.canonical(block.language());
            Optional<String> looksLike = CodeLanguageClassifier.classify(block.text());
            if (!tagged.isEmpty() && looksLike.isPresent() && !CodeLanguages.compatible(tagged, looksLike.get())) {
                out.add(Finding.inBody(ID, defaultSeverity(),
                        "The fence says " + tagged + " but this code looks like " + looksLike.get()
                                + ": correct the fence tag, or the code.", block.startLine(), -1, -1));
            }
            String language = !tagged.isEmpty() ? tagged : looksLike.orElse("");
            if (language.isEmpty()) continue;
            if (CodeLanguages.compatible(declared, language)) {
                anyInDeclared = true;
            } else if (firstOther == null) {
                firstOther = block;
                firstOtherLanguage = language;
            }
        }
        if (!declared.isEmpty() && !anyInDeclared && firstOther != null) {
            out.add(new Finding(ID, defaultSeverity(),
                    "code_language says " + declared + " but the code is " + firstOtherLanguage
                            + ": set code_language to " + firstOtherLanguage + ", or fix the code.",
                    firstOther.startLine(), -1, -1, MetaFields.CODE_LANGUAGE.path(), Optional.empty()));
        }
        return out;
    }
}
