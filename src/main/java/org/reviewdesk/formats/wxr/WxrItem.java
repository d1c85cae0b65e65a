package org.reviewdesk.formats.wxr;

import java.util.ArrayList;
import java.util.List;

/** What the reader collects from one {@code <item>} before it becomes a post. */
final class WxrItem {
    record Term(String domain, String name) {
    }

    record PostMeta(String key, String value, int line) {
    }

    final int line;
    String title = "";
    String content = "";
    String excerpt = "";
    String postId = "";
    String postDate = "";
    String pubDate = "";
    String status = "";
    String postType = "";
    String creator = "";
    String guid = "";
    final List<Term> terms = new ArrayList<>();
    final List<PostMeta> postMeta = new ArrayList<>();

    WxrItem(int line) {
        this.line = line;
    }
}
