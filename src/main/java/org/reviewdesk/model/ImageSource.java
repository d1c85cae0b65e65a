package org.reviewdesk.model;

/** Where an image of the body comes from; the body refers to it by caption. */
public record ImageSource(String source, String url, String caption) {
}
