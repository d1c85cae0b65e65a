package org.reviewdesk.markdown;

/**
 * A heading of a rendered post, for an outline or a table of contents.
 *
 * @param level 1 to 6
 * @param text  the heading's plain text
 * @param id    the element id in the rendered HTML (a GitHub-style slug, unique within the post), so that
 *              {@code #id} links and an outline can jump to it
 * @param line  the 1-based source line of the heading, as in the {@code data-line} attribute
 */
public record Heading(int level, String text, String id, int line) {
}
