package org.reviewdesk.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a synthesized Markdown body back into what a reviewer sees: paragraphs, headings, list items,
 * images and code. Written independently of the synthesizer so that the tests check the output, not the
 * synthesizer's own bookkeeping.
 */
record BodyShape(String introduction, List<String> paragraphs, List<String> headings, List<String> checklist,
        List<String> imageCaptions, List<String> imageUrls, List<String> codeBlocks, List<String> otherLines) {

    static BodyShape of(String body) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inFence = false;
        for (String line : body.split("\n", -1)) {
            if (line.startsWith("```")) inFence = !inFence;
            if (!inFence && line.isEmpty()) {
                if (current.length() > 0) blocks.add(current.toString());
                current.setLength(0);
            } else {
                if (current.length() > 0) current.append('\n');
                current.append(line);
            }
        }
        if (current.length() > 0) blocks.add(current.toString());

        String intro = null;
        List<String> paragraphs = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<String> checklist = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        List<String> code = new ArrayList<>();
        List<String> other = new ArrayList<>();
        String lastHeading = "";
        for (String block : blocks) {
            if (block.startsWith("## ")) {
                lastHeading = block.substring(3);
                headings.add(lastHeading);
            } else if (block.startsWith("```")) {
                code.add(block);
            } else if (block.startsWith("![")) {
                captions.add(block.substring(2, block.indexOf("](")));
                urls.add(block.substring(block.indexOf("](") + 2, block.length() - 1));
            } else if (block.startsWith("- ")) {
                if (lastHeading.equals("implementation checklist")) {
                    for (String item : block.split("\n")) checklist.add(item.substring(2));
                } else {
                    other.add(block);
                }
            } else if (intro == null) {
                intro = block;
            } else if (block.endsWith(".")) {
                paragraphs.add(block);
            } else {
                other.add(block);
            }
        }
        return new BodyShape(intro, paragraphs, headings, checklist, captions, urls, code, other);
    }

    /** Sentences of the introduction and paragraphs, as written (a sentence ends with ". "). */
    List<String> sentences() {
        List<String> out = new ArrayList<>();
        List<String> texts = new ArrayList<>(paragraphs);
        texts.add(0, introduction);
        for (String text : texts) {
            for (String s : text.split("(?<=\\.) ")) out.add(s);
        }
        return out;
    }
}
