package org.reviewdesk.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host an address reaches, read as a browser reads it (the WHATWG URL rules that matter here): tabs and line breaks
 * dropped, a backslash taken as a slash in http(s), any number of slashes after the scheme, the user before the last
 * {@code @} of the authority left out, percent escapes decoded. {@code https://evil.example\@www.youtube.com/} reaches
 * evil.example, and the desk names evil.example. Pure functions.
 */
public final class WebAddress {
    private static final Pattern SCHEME = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Set<String> WITH_HOST = Set.of("http", "https", "ftp", "ws", "wss");

    private WebAddress() {
    }

    /** An address as a note or a message writes it out: whole, or cut to {@code max} characters with an ellipsis. */
    public static String cut(String address, int max) {
        return address.length() > max ? address.substring(0, max - 3) + "\u2026" : address;
    }

    /** The host, lower case; empty for an address with none (relative, data:, mailto: …). */
    public static String host(String address) {
        String s = address == null ? "" : address.strip().replaceAll("[\\t\\n\\r]", "");
        Matcher scheme = SCHEME.matcher(s);
        String rest;
        if (scheme.lookingAt()) {
            if (!WITH_HOST.contains(scheme.group(1).toLowerCase(Locale.ROOT))) return "";
            rest = s.substring(scheme.end());
        } else if (s.length() > 1 && (s.charAt(0) == '/' || s.charAt(0) == '\\') && (s.charAt(1) == '/' || s.charAt(1) == '\\')) {
            rest = s;
        } else {
            return "";
        }
        rest = rest.replace('\\', '/').replaceFirst("^/+", "");
        int end = rest.length();
        for (int i = 0; i < rest.length() && end == rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == '?' || c == '#') end = i;
        }
        String authority = rest.substring(0, end);
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            host = close < 0 ? hostPort : hostPort.substring(0, close + 1);
        } else {
            int colon = hostPort.indexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        }
        try {
            host = URLDecoder.decode(host.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // A stray % is kept as written.
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /** The text of the page a frame holds itself: its srcdoc, or a data:text/html address; empty when it loads one. */
    public static java.util.Optional<String> framePage(String srcdoc, String src) {
        String html = null;
        if (srcdoc != null && !srcdoc.isBlank()) {
            html = srcdoc;
        } else if (src != null && src.strip().regionMatches(true, 0, "data:text/html", 0, 14) && src.indexOf(',') > 0) {
            String header = src.substring(0, src.indexOf(','));
            String data = src.substring(src.indexOf(',') + 1);
            try {
                html = header.toLowerCase(Locale.ROOT).contains(";base64")
                        ? new String(java.util.Base64.getMimeDecoder().decode(data), java.nio.charset.StandardCharsets.UTF_8)
                        : java.net.URLDecoder.decode(data.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException undecodable) {
                html = data;
            }
        }
        if (html == null) return java.util.Optional.empty();
        String text = org.jsoup.Jsoup.parse(html).text().strip();
        return java.util.Optional.of(text.isEmpty() ? "(no words)" : text);
    }
}
