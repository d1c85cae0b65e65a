#!/usr/bin/env bash
# Renders the application icon from its SVG sources to what each platform needs:
#   icons/png/review-desk-N.png   Linux PNG set, N = 16 24 32 48 64 128 256 512
#   icons/review-desk.ico         Windows, 16..256
#   icons/review-desk.icns        macOS, 16..512
#   src/main/resources/org/reviewdesk/icons/review-desk-N.png   stage icons, N = 16..256
# 16, 24 and 32 px come from review-desk-small.svg, drawn for that size; the rest from review-desk.svg.
#
# Tools (Debian packages): rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
# The rendered files are committed, so only whoever changes an SVG needs these tools.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
resources="$root/src/main/resources/org/reviewdesk/icons"

missing=()
command -v rsvg-convert >/dev/null || missing+=("rsvg-convert (apt-get install librsvg2-bin)")
# /usr/bin/convert, not whatever convert comes first: some machines carry a stand-in that only reads PNGs.
[[ -x /usr/bin/convert ]] || missing+=("/usr/bin/convert (apt-get install imagemagick)")
command -v png2icns >/dev/null || missing+=("png2icns (apt-get install icnsutils)")
if ((${#missing[@]})); then
    printf 'render.sh: missing tool: %s\n' "${missing[@]}" >&2
    exit 2
fi

small_sizes=(16 24 32)
large_sizes=(48 64 128 256 512)

mkdir -p "$here/png" "$resources"
for size in "${small_sizes[@]}"; do
    rsvg-convert -w "$size" -h "$size" "$here/review-desk-small.svg" -o "$here/png/review-desk-$size.png"
done
for size in "${large_sizes[@]}"; do
    rsvg-convert -w "$size" -h "$size" "$here/review-desk.svg" -o "$here/png/review-desk-$size.png"
done

png() { echo "$here/png/review-desk-$1.png"; }

# Windows shows 16..48 in lists and 256 in large views; ImageMagick stores 256 as PNG inside the .ico.
# The date chunks are left out so that re-rendering an unchanged SVG changes no committed file.
/usr/bin/convert -define png:exclude-chunks=date,time \
    "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" "$(png 256)" \
    "$here/review-desk.ico"

# png2icns picks each image's slot from its size; 24 and 64 have no slot in the format.
png2icns "$here/review-desk.icns" "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" >/dev/null

# The window sets these as stage icons; the window manager picks the size it needs. 512 is left
# out of the jar: no window manager asks for it and it is the largest file.
for size in 16 24 32 48 64 128 256; do
    cp "$(png "$size")" "$resources/review-desk-$size.png"
done

echo "render.sh: rendered $(ls "$here/png" | wc -l) PNGs, review-desk.ico, review-desk.icns and the stage icons"
