package org.reviewdesk.synth;

import java.util.List;

/** Addresses of synthesized images: shaped like real photo and diagram hosts, or like placeholder services. */
final class ImageUrls {
    static final List<String> PLACEHOLDER_HOSTS = List.of("placehold.co", "via.placeholder.com", "dummyimage.com");

    private ImageUrls() {
    }

    static Picture picture(Dice dice, String caption) {
        return switch (dice.weighted(60, 25, 15)) {
            case 0 -> new Picture(caption, "https://images.unsplash.com/photo-" + (1_400_000_000_000L + dice.belowLong(200_000_000_000L))
                    + "-" + hex(dice.nextLong(), 12) + "?auto=format&fit=crop&w=1200&q=80", "unsplash");
            case 1 -> {
                int id = dice.between(1_000_000, 9_999_999);
                yield new Picture(caption, "https://images.pexels.com/photos/" + id + "/pexels-photo-" + id
                        + ".jpeg?auto=compress&w=1200", "pexels");
            }
            default -> new Picture(caption, "https://static.example.com/diagrams/" + hex(dice.nextLong(), 10) + ".png",
                    "team diagram");
        };
    }

    static String placeholder(Dice dice) {
        return "https://" + dice.pick(PLACEHOLDER_HOSTS) + "/1200x675";
    }

    /** The last {@code digits} hex digits of a number, zero padded. */
    static String hex(long value, int digits) {
        char[] out = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = Character.forDigit((int) (value & 0xF), 16);
            value >>>= 4;
        }
        return new String(out);
    }
}
