package org.reviewdesk.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reviewdesk.model.AiOutline;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Payload;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.Revision;

/**
 * Test-only stand-in for the alphanode importer (written in parallel on the formats branch): turns a seed page into
 * the Markdown body DESIGN.md describes, and reads the meta fields the checks look at. It knows only what the two
 * seeds need; the real importer is the reference.
 */
final class SeedPosts {
    private static final String BULLET = "  \u2022 ";
    private static final String FIELD_BULLET = "    \u2022 ";

    private SeedPosts() {
    }

    static Post read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int metaAt = lines.indexOf("alphanode post meta");
        int i = 0;
        while (lines.get(i).isBlank() || lines.get(i).matches("[|\\s]+")) i++;
        String title = lines.get(i);
        Map<String, List<String>> meta = metaGroups(lines.subList(metaAt + 1, lines.size()));
        List<ImageSource> images = imageSources(meta.getOrDefault("image sources", List.of()));
        return new Post(title, body(lines.subList(i + 1, metaAt), images), meta(meta, images));
    }

    private static String body(List<String> lines, List<ImageSource> images) {
        List<String> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<String> code = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        Runnable flushText = () -> {
            if (!paragraph.isEmpty()) {
                String text = String.join(" ", paragraph);
                boolean heading = paragraph.size() == 1 && !text.endsWith(".") && text.split(" ").length <= 6;
                blocks.add(heading ? "## " + text : text);
                paragraph.clear();
            }
            if (!bullets.isEmpty()) {
                blocks.add(String.join("\n", bullets));
                bullets.clear();
            }
        };
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            boolean looksLikeCode = line.matches("(from \\w+ import .*|import .*|@\\w.*|def .*:|class .*:|\\w+ = .*|    .*)");
            if (!code.isEmpty() && !looksLikeCode && !line.isBlank()) {
                while (code.get(code.size() - 1).isBlank()) code.remove(code.size() - 1);
                blocks.add("```\n" + String.join("\n", code) + "\n```");
                code.clear();
            }
            if (looksLikeCode || !code.isEmpty() && line.isBlank()) {
                flushText.run();
                code.add(line);
            } else if (line.isBlank()) {
                flushText.run();
            } else if (line.startsWith(BULLET)) {
                bullets.add("- " + line.substring(BULLET.length()));
            } else if (k + 1 < lines.size() && lines.get(k + 1).startsWith(line + ". image source:")) {
                flushText.run();
                String url = images.stream().filter(s -> line.equals(s.caption())).map(ImageSource::url).findFirst()
                        .orElse("");
                blocks.add("![" + line + "](" + url + ")");
                k++;
            } else {
                if (!bullets.isEmpty()) flushText.run();
                paragraph.add(line);
            }
        }
        flushText.run();
        return String.join("\n\n", blocks) + "\n";
    }

    /** The meta box as key -> value lines: a scalar key's value is its one element. */
    private static Map<String, List<String>> metaGroups(List<String> lines) {
        List<String> scalars = List.of("topic", "summary", "ai brief", "code language", "difficulty", "reading time",
                "view count", "reference", "hash");
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.isBlank() || line.equals("Similar Posts")) continue;
            if (line.startsWith(FIELD_BULLET)) {
                current.add(line.substring(FIELD_BULLET.length()));
            } else if (line.startsWith(BULLET)) {
                current.add(line.substring(BULLET.length()));
            } else {
                String scalar = scalars.stream().filter(line::startsWith).findFirst().orElse(null);
                current = new ArrayList<>();
                if (scalar != null) {
                    current.add(line.substring(scalar.length()));
                    out.put(scalar, current);
                } else {
                    out.put(line, current);
                }
            }
        }
        return out;
    }

    private static Meta meta(Map<String, List<String>> m, List<ImageSource> images) {
        Map<String, String> outline = fields(m.get("ai outline"));
        Map<String, String> revision = fields(m.get("revision"));
        Map<String, String> flags = fields(m.get("flags"));
        Map<String, String> payload = fields(m.get("payload"));
        List<Entity> entities = new ArrayList<>();
        List<String> e = m.getOrDefault("entities", List.of());
        for (int k = 0; k + 1 < e.size(); k += 2) {
            entities.add(new Entity(e.get(k).substring("name: ".length()), e.get(k + 1).substring("type: ".length())));
        }
        return Meta.builder()
                .aiOutline(new AiOutline(outline.get("context"), outline.get("problem"), outline.get("stack"),
                        outline.get("recommended action")))
                .stack(m.get("stack")).tools(m.get("tools"))
                .codeLanguage(m.get("code language").get(0))
                .readingTime(Integer.valueOf(m.get("reading time").get(0)))
                .revision(new Revision(ReviewStatus.of(revision.get("status")), null,
                        LocalDate.parse(revision.get("last reviewed"))))
                .reference(m.get("reference").get(0))
                .flags(new Flags(bit(flags.get("ai generated style")), bit(flags.get("has images")),
                        bit(flags.get("image heavy")), bit(flags.get("needs human review"))))
                .checklist(m.get("checklist"))
                .entities(entities)
                .imageSources(m.containsKey("image sources") ? images : null)
                .payload(new Payload(payload.get("source id"), payload.get("generator"),
                        Integer.valueOf(payload.get("paragraphs")), payload.get("scenario"), Long.valueOf(payload.get("seed"))))
                .build();
    }

    private static List<ImageSource> imageSources(List<String> lines) {
        List<ImageSource> out = new ArrayList<>();
        for (int k = 0; k + 2 < lines.size(); k += 3) {
            out.add(new ImageSource(after(lines.get(k)), after(lines.get(k + 1)), after(lines.get(k + 2))));
        }
        return out;
    }

    private static Map<String, String> fields(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines == null ? List.<String>of() : lines) {
            int colon = line.indexOf(": ");
            out.put(line.substring(0, colon), line.substring(colon + 2));
        }
        return out;
    }

    private static String after(String field) {
        return field.substring(field.indexOf(": ") + 2);
    }

    private static Boolean bit(String value) {
        return value == null ? null : value.equals("1");
    }
}
