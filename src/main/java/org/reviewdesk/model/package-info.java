/**
 * Immutable records and value types of a post and its meta box. No JavaFX, no SQL, no I/O.
 */
package org.reviewdesk.model;
