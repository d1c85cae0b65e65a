package org.reviewdesk.formats.markdown;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;

/**
 * A YAML factory whose generator writes a string or a key that holds NEL (U+0085), LS (U+2028) or PS (U+2029) double
 * quoted, where they are escaped ({@code \N}, {@code \L}, {@code \P}). The generator would otherwise write them as they
 * are, in a literal block or a single-quoted scalar, and YAML 1.1 reads a bare NEL as a line end: a NEL in a meta
 * string came back as a space or a line feed.
 */
final class ExactStringYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    ExactStringYamlFactory(YAMLFactoryBuilder builder) {
        super(builder.stringQuotingChecker(new KeyQuoting()));
    }

    /** The factory's own generator with the string rule above; the builder here sets no DumperOptions of its own. */
    @Override
    protected YAMLGenerator _createGenerator(Writer out, IOContext ctxt) throws IOException {
        return new Generator(ctxt, _generatorFeatures, _yamlGeneratorFeatures, this, out);
    }

    static boolean hasUnusualLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }

    /** Keys: the generator has no other say in their style, and double quotes are what a quoted key gets. */
    private static final class KeyQuoting extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteName(String name) {
            return super.needToQuoteName(name) || hasUnusualLineBreak(name);
        }
    }

    private static final class Generator extends YAMLGenerator {
        Generator(IOContext ctxt, int features, int yamlFeatures, ExactStringYamlFactory f, Writer out) throws IOException {
            super(ctxt, features, yamlFeatures, f._quotingChecker, f._objectCodec, out, f._version);
        }

        @Override
        public void writeString(String text) throws IOException {
            if (text == null || !hasUnusualLineBreak(text)) {
                super.writeString(text);
                return;
            }
            _verifyValueWrite("write String value");
            _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        }
    }
}
