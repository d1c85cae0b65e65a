package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewdesk.markdown.HiddenHtml;

/** The quick fixes of {@link HiddenContentCheck}: an opening tag without what hides its text. Pure functions. */
final class Unhide {
    private static final Pattern HIDDEN_ATTRIBUTE = Pattern.compile("\\s+hidden(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]*))?(?=[\\s/>])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("(\\s+style\\s*=\\s*)(\"[^\"]*\"|'[^']*')",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("(\\s+class\\s*=\\s*)(\"[^\"]*\"|'[^']*')",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITE_FONT_COLOR = Pattern.compile(
            "\\s+color\\s*=\\s*[\"']?\\s*(white|#fff|#ffffff)\\s*[\"']?(?=[\\s/>])", Pattern.CASE_INSENSITIVE);

    private static final Pattern POPOVER_ATTRIBUTE = Pattern.compile(
            "\\s+popover(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]*))?(?=[\\s/>])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\s+id\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)",
            Pattern.CASE_INSENSITIVE);

    private Unhide() {
    }

    /** The opening tag out of reach of a rule of the post's own style sheet: without its classes, else without its id. */
    static String fromRule(String openTag, org.reviewdesk.markdown.PostStyles.HidingRule rule) {
        if (!rule.classes().isEmpty()) return withoutClasses(openTag, rule.classes());
        return ID_ATTRIBUTE.matcher(openTag).replaceAll("");
    }

    /** The opening tag without the classes that site styles hide ({@link HiddenHtml#HIDING_CLASSES}). */
    private static String withoutHidingClasses(String tag) {
        return withoutClasses(tag, HiddenHtml.HIDING_CLASSES);
    }

    /** The opening tag without these classes (compared in lower case). */
    static String withoutClasses(String tag, Collection<String> classes) {
        Matcher c = CLASS_ATTRIBUTE.matcher(tag);
        if (!c.find()) return tag;
        Set<String> dropped = new HashSet<>();
        for (String name : classes) dropped.add(name.toLowerCase(Locale.ROOT));
        String quoted = c.group(2);
        List<String> kept = new ArrayList<>();
        for (String name : quoted.substring(1, quoted.length() - 1).split("\\s+")) {
            if (!name.isEmpty() && !dropped.contains(name.toLowerCase(Locale.ROOT))) kept.add(name);
        }
        String replacement = kept.isEmpty() ? "" : c.group(1) + quoted.charAt(0) + String.join(" ", kept) + quoted.charAt(0);
        return tag.substring(0, c.start()) + replacement + tag.substring(c.end());
    }

    /** The opening tag without what hides it: the hidden attribute, and each style declaration that hides. */
    static String tag(String openTag) {
        String tag = withoutHidingClasses(HIDDEN_ATTRIBUTE.matcher(POPOVER_ATTRIBUTE.matcher(openTag).replaceAll(""))
                .replaceAll(""));
        if (tag.regionMatches(true, 0, "<font", 0, 5)) tag = WHITE_FONT_COLOR.matcher(tag).replaceAll("");
        Matcher style = STYLE_ATTRIBUTE.matcher(tag);
        if (!style.find()) return tag;
        String quoted = style.group(2);
        List<String> declarations = new ArrayList<>(List.of(quoted.substring(1, quoted.length() - 1).split(";")));
        declarations.removeIf(String::isBlank);
        Optional<String> reason;
        while ((reason = HiddenHtml.hidingReason(String.join(";", declarations), false)).isPresent()) {
            boolean removed = false;
            for (int d = 0; d < declarations.size() && !removed; d++) {
                List<String> without = new ArrayList<>(declarations);
                without.remove(d);
                if (!HiddenHtml.hidingReason(String.join(";", without), false).equals(reason)) {
                    declarations = without;
                    removed = true;
                }
            }
            if (!removed) break;
        }
        String kept = String.join(";", declarations).strip();
        String replacement = kept.isEmpty() ? "" : style.group(1) + quoted.charAt(0) + kept + quoted.charAt(0);
        return tag.substring(0, style.start()) + replacement + tag.substring(style.end());
    }
}
