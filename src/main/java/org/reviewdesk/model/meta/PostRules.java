package org.reviewdesk.model.meta;

import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.validation.FieldProblem;
import org.reviewdesk.model.validation.MetaRules;

/** The rules of a whole post, field by field from the catalogue, with the field rules of {@link MetaRules}. */
public final class PostRules {
    private PostRules() {
    }

    /**
     * Every rule that a parsed post can still break: the soft rules. The hard ones (score range, dates,
     * versions) cannot be broken by a parsed {@link Meta}, whose types already hold them.
     */
    public static List<FieldProblem> check(Post post) {
        Meta m = post.meta();
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(MetaRules.required("title", post.title()));
        problems.addAll(MetaRules.required(MetaFields.REFERENCE.path(), m.reference()));
        for (MetaField list : MetaFields.ALL) {
            if (list.kind() == MetaKind.STRING_LIST) problems.addAll(MetaRules.noDuplicates(list.path(), strings(list.of(m))));
        }
        if (m.entities() != null) {
            problems.addAll(MetaRules.noDuplicates(MetaFields.ENTITY_LIST_FIELD.path(), m.entities().stream().map(PostRules::entityKey).toList()));
        }
        if (m.imageSources() != null) {
            List<ImageSource> images = m.imageSources();
            for (int i = 0; i < images.size(); i++) {
                problems.addAll(MetaRules.url(MetaFields.IMAGE_SOURCE_LIST_FIELD.path() + "[" + i + "].url", images.get(i).url()));
            }
            problems.addAll(MetaRules.noDuplicates(MetaFields.IMAGE_SOURCE_LIST_FIELD.path(), images.stream().map(ImageSource::caption)
                    .map(String::valueOf).toList()).stream()
                    .map(p -> new FieldProblem(p.field() + ".caption", p.message())).toList());
        }
        if (m.readingTime() != null && m.readingTime() < 0) {
            problems.addAll(MetaFields.READING_TIME.check(String.valueOf(m.readingTime())));
        }
        if (m.viewCount() != null && m.viewCount() < 0) {
            problems.addAll(MetaFields.VIEW_COUNT.check(String.valueOf(m.viewCount())));
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    private static String entityKey(Entity e) {
        return e.name() + " (" + e.type() + ")";
    }
}
