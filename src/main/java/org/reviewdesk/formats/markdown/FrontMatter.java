package org.reviewdesk.formats.markdown;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The YAML settings both sides of the front matter share. */
final class FrontMatter {
    static final String FENCE = "---";
    /** The key under which the full meta box travels, in canonical JSON field names. */
    static final String META_KEY = "review_desk";

    /**
     * Quotes every string that YAML would otherwise read as something else (numbers, booleans, null), so
     * a version {@code 1.10} or a tag {@code 2024} comes back as the same text, and escapes the line breaks YAML 1.1
     * reads as line ends ({@link ExactStringYamlFactory}).
     */
    static final YAMLMapper MAPPER = YAMLMapper.builder(new ExactStringYamlFactory(YAMLFactory.builder()
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)))
            // A key given twice is refused at its line, as JSON refuses it, rather than the last one silently kept.
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private FrontMatter() {
    }
}
