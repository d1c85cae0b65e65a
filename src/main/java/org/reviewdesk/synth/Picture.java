package org.reviewdesk.synth;

import org.reviewdesk.model.ImageSource;

/** An image of a synthesized body: the body shows it by caption, the meta box says where it comes from. */
record Picture(String caption, String url, String source) {
    Block block() {
        return new Block(Block.Kind.IMAGE, "![" + caption + "](" + url + ")");
    }

    ImageSource imageSource() {
        return new ImageSource(source, url, caption);
    }

    Picture withUrl(String newUrl, String newSource) {
        return new Picture(caption, newUrl, newSource);
    }
}
