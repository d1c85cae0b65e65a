/**
 * The meta box form beside the editor, its fields, groups, labels and rules read from {@code model.meta.MetaFields}.
 *
 * <ul>
 *   <li>{@link org.reviewdesk.gui.meta.MetaPanelViewModel}: every field as a property named by its canonical JSON
 *       path; {@code load(title, meta)} and {@code toMeta()} round-trip every post unchanged; {@code problems()}
 *       come from the fields' rules and {@code model.validation.MetaRules} only, the rules on which
 *       service.ReviewService refuses to mark a post reviewed; a post with problems is still saved.</li>
 *   <li>{@link org.reviewdesk.gui.meta.MetaEditing}: ties the form to the editor, so meta edits are saved with the
 *       body (one transaction, the row version, a moment after the last change).</li>
 *   <li>{@link org.reviewdesk.gui.meta.MetaPanelView}: the grouped, collapsible panel; Alt+1 … Alt+0 open groups.</li>
 * </ul>
 */
package org.reviewdesk.gui.meta;
