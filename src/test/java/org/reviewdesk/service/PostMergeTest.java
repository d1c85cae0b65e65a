package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/** Which edits of one revision merge, and what the merge holds. */
class PostMergeTest {
    private static final String BODY = "one\ntwo\nthree\nfour\nfive";
    private static final Post BASE = new Post("T", BODY, Meta.builder().reference("r").topic("t")
            .stack(List.of("redis", "python")).build());

    private static Post body(String from, String to) {
        return BASE.withBody(BODY.replace(from, to));
    }

    @Test
    void changesOfNeighbouringLinesBothGoIn() {
        PostMerge.Result r = PostMerge.merge(BASE, body("two", "TWO"), body("three", "THREE"));

        assertThat(r.merged().body()).isEqualTo("one\nTWO\nTHREE\nfour\nfive");
    }

    @Test
    void linesAddedAtTheSamePlaceOverlap() {
        PostMerge.Result r = PostMerge.merge(BASE, body("two\n", "two\nmine\n"), body("two\n", "two\ntheirs\n"));

        assertThat(r.clean()).isFalse();
        assertThat(r.overlaps()).singleElement().asString().startsWith("the body, line 3");
    }

    @Test
    void theSameChangeOnBothSidesIsNoOverlap() {
        PostMerge.Result r = PostMerge.merge(BASE, body("five", "5"), body("five", "5"));

        assertThat(r.merged().body()).isEqualTo("one\ntwo\nthree\nfour\n5");
    }

    @Test
    void aListIsOneFieldAndDifferentFieldsMerge() {
        Post mine = BASE.withMeta(BASE.meta().toBuilder().stack(List.of("redis", "go")).topic("mine").build());
        Post theirs = BASE.withMeta(BASE.meta().toBuilder().stack(List.of("valkey", "python")).build()).withTitle("Theirs");

        assertThat(PostMerge.merge(BASE, mine, theirs).overlaps()).containsExactly("stack");

        Post onlyTopic = BASE.withMeta(BASE.meta().toBuilder().topic("mine").build());
        Post merged = PostMerge.merge(BASE, onlyTopic, theirs).merged();
        assertThat(merged.title()).isEqualTo("Theirs");
        assertThat(merged.meta().topic()).isEqualTo("mine");
        assertThat(merged.meta().stack()).containsExactly("valkey", "python");
    }
}
