package org.reviewdesk.synth;

import java.util.List;

/**
 * One technology stack a synthesized post is about: its name as the meta box writes it, the area it
 * belongs to, the tools that go with it and a few short code snippets in its usual language.
 * Every snippet contains a blank line, because real posts have code blocks that span one.
 */
public record StackProfile(String name, String area, String language, List<String> tools, String codeLanguage,
        List<String> snippets) {
    public StackProfile {
        tools = List.copyOf(tools);
        snippets = List.copyOf(snippets);
    }
}
