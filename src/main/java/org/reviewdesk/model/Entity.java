package org.reviewdesk.model;

/** A named thing the post is about, with its type (stack, area, problem, …). */
public record Entity(String name, String type) {
}
