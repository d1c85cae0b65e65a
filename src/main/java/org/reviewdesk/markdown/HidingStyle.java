package org.reviewdesk.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSS declarations that hide text, one value at a time ({@link HiddenHtml#hidingReason(String, boolean)} reads a
 * style with them): what hides by itself, what hides only together, and the lengths, colours and factors they are
 * judged by. Pure functions.
 */
final class HidingStyle {
    private static final Pattern NUMBER = Pattern.compile("(-?[0-9]*\\.?[0-9]+)([a-z%]*)");

    private HidingStyle() {
    }

    /** A declaration that hides the text by itself. */
    static Optional<String> byItself(String property, String value) {
        String reason = switch (property) {
            case "display" -> value.equals("none") ? "display:none" : null;
            case "visibility" -> value.equals("hidden") || value.equals("collapse") ? "visibility:" + value : null;
            case "content-visibility" -> value.equals("hidden") ? "content-visibility:hidden" : null;
            case "font-size" -> isZero(value) ? "font-size:0" : isTiny(value) ? "font-size:" + value + ", too small to read" : null;
            case "font" -> FONT_SIZE_ZERO.matcher(value).find() ? "font:" + value + ", a size of 0" : null;
            case "opacity" -> isZero(value) || isBelow(value, 0.1) || isPercentBelow(value, 10) ? "opacity:" + value : null;
            case "transform" -> scalesAway(value) ? "transform:" + value
                    : TRANSLATE.matcher(value).find() && isFarNegative(firstTranslation(value)) ? "transform:" + value + " off the screen"
                    : null;
            case "filter" -> value.matches(".*opacity\\(\\s*0*(\\.0*)?%?\\s*\\).*") ? "filter:" + value : null;
            case "margin-left", "margin-top" -> isFarNegative(value) ? property + ":" + value + " off the screen" : null;
            case "text-indent" -> isFarNegative(value) ? "text-indent:" + value : null;
            case "clip" -> clipsToNothing(value) ? "clip:" + value : null;
            case "clip-path" -> clipsToNothing(value) ? "clip-path:" + value : null;
            case "color", "-webkit-text-fill-color" -> isTransparent(value) ? "transparent text" : null;
            default -> null;
        };
        return Optional.ofNullable(reason);
    }

    private static final Pattern FONT_SIZE_ZERO = Pattern.compile("(?:^|\\s)0*\\.?0+(?:px|pt|em|rem|%)?(?:/\\S+)?\\s");
    private static final Pattern SCALE = Pattern.compile("scale[xy3d]*\\(\\s*([0-9.]+)");
    private static final Pattern TRANSLATE = Pattern.compile("translate[xy3d]*\\(\\s*(-[0-9.]+[a-z%]*)");
    /** {@code #rgba} with an alpha of 0, {@code #rrggbbaa} with one under 0x1a (0.1). */
    private static final Pattern HEX_CLEAR = Pattern.compile("#[0-9a-f]{3}0|#[0-9a-f]{6}(?:0[0-9a-f]|1[0-9])");
    private static final Pattern ALPHA = Pattern.compile("(?:rgba|hsla|rgb|hsl)\\(.*(?:,|/)\\s*([0-9.]+)(%?)\\s*\\)");

    /** A transform that scales the text to nothing (a factor under 0.05). */
    private static boolean scalesAway(String value) {
        Matcher m = SCALE.matcher(value);
        while (m.find()) {
            try {
                if (Double.parseDouble(m.group(1)) < 0.05) return true;
            } catch (NumberFormatException notANumber) {
                return false;
            }
        }
        return false;
    }

    private static String firstTranslation(String value) {
        Matcher m = TRANSLATE.matcher(value);
        return m.find() ? m.group(1) : "";
    }

    /** A colour no one sees: transparent, or an alpha under 0.1 (10 %), also as the last digits of a hex colour. */
    private static boolean isTransparent(String value) {
        if (value.equals("transparent") || HEX_CLEAR.matcher(value).matches()) return true;
        Matcher alpha = ALPHA.matcher(value);
        if (!alpha.find()) return false;
        try {
            double a = Double.parseDouble(alpha.group(1));
            return alpha.group(2).isEmpty() ? a < 0.1 : a < 10;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static boolean isPercentBelow(String value, double limit) {
        Matcher m = NUMBER.matcher(value);
        return m.matches() && m.group(2).equals("%") && Double.parseDouble(m.group(1)) < limit;
    }

    /** Declarations that hide the text only together: off the screen, the colour of the background, a box of size 0. */
    static final class Layout {
        private String position = "";
        private String color = "";
        private String background = "";
        private String overflow = "";
        private boolean farOff;
        private boolean zeroSize;

        void add(String property, String value) {
            switch (property) {
                case "left", "top", "right", "margin-left", "margin-top" -> farOff |= isFarNegative(value);
                case "position" -> position = value;
                case "color" -> color = normalColor(value);
                case "width", "height", "max-width", "max-height" -> zeroSize |= isZero(value) || isBelow(value, 2);
                case "overflow" -> overflow = value;
                case "background", "background-color" -> background = normalColor(value);
                default -> { }
            }
        }

        Optional<String> reason() {
            if (farOff && (position.equals("absolute") || position.equals("fixed"))) {
                return Optional.of("position:" + position + " off the screen");
            }
            if (!color.isEmpty() && color.equals(background)) return Optional.of("text the colour of its background");
            if (isWhite(color) && background.isEmpty()) return Optional.of("white text, unseen on a white page");
            if (zeroSize && (overflow.equals("hidden") || overflow.equals("clip"))) return Optional.of("a box of size 0");
            return Optional.empty();
        }
    }

    /** A font size no one reads: under 2 px, 1.5 pt, 0.2 em or rem, 20 %. */
    private static boolean isTiny(String value) {
        Matcher m = NUMBER.matcher(value);
        if (!m.matches()) return false;
        double n = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "px" -> n < 2;
            case "pt" -> n < 1.5;
            case "em", "rem" -> n < 0.2;
            case "%" -> n < 20;
            default -> false;
        };
    }

    /** A plain number (or px) below {@code limit}, zero included. */
    private static boolean isBelow(String value, double limit) {
        Matcher m = NUMBER.matcher(value);
        return m.matches() && (m.group(2).isEmpty() || m.group(2).equals("px")) && Double.parseDouble(m.group(1)) < limit
                && Double.parseDouble(m.group(1)) >= 0;
    }

    /**
     * A colour as {@link #normalColor} writes it, white or so near it (each channel 240 or more: {@code #fefefe},
     * {@code #f5f5f5}) that on a white page no one reads it.
     */
    static boolean isWhite(String color) {
        if (!HEX6.matcher(color).matches()) return false;
        for (int i = 1; i < 7; i += 2) if (Integer.parseInt(color.substring(i, i + 2), 16) < 0xf0) return false;
        return true;
    }

    private static final Pattern HEX6 = Pattern.compile("#[0-9a-f]{6}");

    private static boolean isZero(String value) {
        Matcher m = NUMBER.matcher(value);
        return m.matches() && Double.parseDouble(m.group(1)) == 0;
    }

    /** A length that puts text well off the screen: at least 500 pixels, or 30 em, to the left or the top. */
    private static boolean isFarNegative(String value) {
        Matcher m = NUMBER.matcher(value);
        if (!m.matches()) return false;
        double n = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "", "px", "pt" -> n <= -500;
            case "em", "rem", "ch", "ex" -> n <= -30;
            case "%", "vw", "vh" -> n <= -100;
            default -> false;
        };
    }

    private static boolean clipsToNothing(String value) {
        String v = value.replace(" ", "");
        if (v.startsWith("rect(") || v.startsWith("polygon(") || v.startsWith("circle(")) {
            return v.replaceAll("[a-z(),%]", "").replace("0", "").replace(".", "").isEmpty();
        }
        if (v.startsWith("inset(")) {
            Matcher m = NUMBER.matcher(v.substring(6, v.length() - (v.endsWith(")") ? 1 : 0)));
            return m.matches() && m.group(2).equals("%") && Double.parseDouble(m.group(1)) >= 50;
        }
        return false;
    }

    private static final Pattern SPACED_RGB = Pattern.compile("rgba?\\(\\s*(\\d{1,3})\\s+(\\d{1,3})\\s+(\\d{1,3})\\s*(?:/[^)]*)?\\)");

    /** A colour written in any of its common spellings, as {@code #rrggbb}; other values as written. */
    static String normalColor(String value) {
        Matcher spaced = SPACED_RGB.matcher(value.strip());
        if (spaced.matches()) {
            return String.format("#%02x%02x%02x", Integer.parseInt(spaced.group(1)) & 0xff,
                    Integer.parseInt(spaced.group(2)) & 0xff, Integer.parseInt(spaced.group(3)) & 0xff);
        }
        String v = value.replace(" ", "");
        if (v.equals("white")) return "#ffffff";
        if (v.equals("black")) return "#000000";
        // #rgb, and #rgba or #rrggbbaa without their alpha (a clear one is transparent text, which hides by itself).
        if (v.matches("#[0-9a-f]{3}[0-9a-f]?")) {
            return "#" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3);
        }
        if (v.matches("#[0-9a-f]{8}")) return v.substring(0, 7);
        Matcher hsl = HSL.matcher(value.strip());
        if (hsl.matches()) return hslToHex(hsl);
        Matcher rgb = Pattern.compile("rgba?\\((\\d{1,3}),(\\d{1,3}),(\\d{1,3})(,[0-9.]+)?\\)").matcher(v);
        if (rgb.matches()) {
            return String.format("#%02x%02x%02x", Integer.parseInt(rgb.group(1)) & 0xff,
                    Integer.parseInt(rgb.group(2)) & 0xff, Integer.parseInt(rgb.group(3)) & 0xff);
        }
        return v;
    }

    /** {@code hsl()} or {@code hsla()}, with commas or spaces, the hue in degrees (or unitless), then two percentages. */
    private static final Pattern HSL = Pattern.compile(
            "hsla?\\(\\s*+(-?[0-9.]++)(?:deg)?+\\s*+,?+\\s*+([0-9.]++)%\\s*+,?+\\s*+([0-9.]++)%\\s*+(?:[,/][^)]*+)?+\\)");

    /** An {@link #HSL} colour as {@code #rrggbb} (CSS Color 4, hsl-to-rgb). */
    private static String hslToHex(Matcher hsl) {
        try {
            double h = ((Double.parseDouble(hsl.group(1)) % 360) + 360) % 360;
            double sat = Math.min(1, Double.parseDouble(hsl.group(2)) / 100);
            double light = Math.min(1, Double.parseDouble(hsl.group(3)) / 100);
            double a = sat * Math.min(light, 1 - light);
            StringBuilder hex = new StringBuilder("#");
            for (int n : new int[] {0, 8, 4}) {
                double k = (n + h / 30) % 12;
                double channel = light - a * Math.max(-1, Math.min(Math.min(k - 3, 9 - k), 1));
                hex.append(String.format(java.util.Locale.ROOT, "%02x", (int) Math.round(channel * 255)));
            }
            return hex.toString();
        } catch (NumberFormatException notANumber) {
            return hsl.group();
        }
    }
}
