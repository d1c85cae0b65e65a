/**
 * The one Markdown pipeline of Review Desk, for the window's preview and for {@code render}.
 *
 * <p>{@link org.reviewdesk.markdown.MarkdownRenderer#render} parses with commonmark-java (tables,
 * strikethrough, autolinks, task lists), gives headings GitHub-style ids and every block a {@code data-line}
 * attribute holding the <em>1-based</em> source line where the block starts, replaces images that must not
 * load by placeholders, and passes the result through a jsoup allow list. Raw HTML in a post goes through the
 * same allow list. {@link org.reviewdesk.markdown.MarkdownRenderer#page} wraps it in a page with a
 * Content-Security-Policy and the theme's stylesheet.
 *
 * <p>Each top-level block is sanitized on its own, so that no raw HTML in one block can swallow or hide
 * another, and text the published page would hide is shown marked rather than hidden
 * ({@link org.reviewdesk.markdown.HiddenHtml} says what hides; {@code docs/preview.md}).
 *
 * <p>The preview runs no JavaScript: the window loads the page once and then writes each new rendering into
 * {@code #rd-content} through the DOM API with {@link org.reviewdesk.markdown.PreviewDomWriter}, which touches
 * only the blocks that changed. Names the window relies on are in {@link org.reviewdesk.markdown.PreviewDom}.
 */
package org.reviewdesk.markdown;
