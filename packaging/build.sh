#!/usr/bin/env bash
# Builds Review Desk's installer for the platform this runs on, into target/dist/.
#
#   packaging/build.sh [--type TYPE]
#
#   Linux:  TYPE is app-image, deb or all (the default: both)
#           target/dist/review-desk/bin/review-desk        the app image and its launcher
#           target/dist/review-desk_<version>-1_amd64.deb  installs to /opt/review-desk
#   macOS:  TYPE is app-image, dmg or all (the default: both)
#           target/dist/Review Desk.app, target/dist/Review Desk-<version>.dmg
#   Windows: use packaging\build.cmd.
#
# Steps: the Maven package step (skipped when target/ holds a jar newer than every source),
# a Java runtime made by jlink from the modules in packaging/runtime-modules.txt, then jpackage.
# JavaFX's jars go on the class path with the other libraries, exactly as in development and
# in the tests; JavaFX then logs "Unsupported JavaFX configuration: classes were loaded from
# 'unnamed module'" once at start. The warning is harmless: JavaFX runs the same; the module
# path would need --add-opens for every JavaFX internal that ControlsFX and RichTextFX reach.
#
# Needs a JDK 17 or newer with jlink and jpackage ($JAVA_HOME, or the JDK of `java` on PATH),
# Maven when the jar must be rebuilt, and for a .deb: dpkg-deb and fakeroot.
set -euo pipefail

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//'
}

type=all
while (($#)); do
    case "$1" in
        --type) [[ $# -ge 2 ]] || { echo "build.sh: --type needs a value" >&2; exit 64; }
                type="$2"; shift 2 ;;
        --type=*) type="${1#--type=}"; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "build.sh: unknown argument '$1' (expected --type TYPE or --help)" >&2; exit 64 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
packaging="$root/packaging"
work="$root/target/packaging"
dist="$root/target/dist"

case "$(uname -s)" in
    Linux)  platform=linux; types="app-image deb all" ;;
    Darwin) platform=macos; types="app-image dmg all" ;;
    *) echo "build.sh: this is $(uname -s); on Windows run packaging\\build.cmd" >&2; exit 64 ;;
esac
if [[ " $types " != *" $type "* ]]; then
    echo "build.sh: --type '$type' is not built on $platform (expected one of: $types)" >&2
    exit 64
fi

# --- tools -----------------------------------------------------------------------------------
source "$packaging/common.sh"
find_jdk_bin
missing=()
for tool in jlink jpackage; do
    [[ -n "$jdk_bin" && -x "$jdk_bin/$tool" ]] || missing+=("$tool (a JDK 17+: apt-get install openjdk-17-jdk-headless, or set JAVA_HOME)")
done
if [[ $platform == linux && $type != app-image ]]; then
    command -v dpkg-deb >/dev/null || missing+=("dpkg-deb (apt-get install dpkg)")
    command -v fakeroot >/dev/null || missing+=("fakeroot (apt-get install fakeroot)")
fi
if ((${#missing[@]})); then
    printf 'build.sh: missing: %s\n' "${missing[@]}" >&2
    exit 3
fi

# --- version and jar name, from the pom --------------------------------------------------------
read_pom || { echo "build.sh: cannot package" >&2; exit 65; }

# --- the jar and its libraries -----------------------------------------------------------------
jar_is_fresh() {
    [[ -f "target/$main_jar" && -d target/lib ]] \
        && [[ -z "$(find pom.xml src/main -newer "target/$main_jar" -print -quit)" ]]
}
if jar_is_fresh; then
    echo "build.sh: target/$main_jar is up to date"
else
    command -v mvn >/dev/null || { echo "build.sh: missing: mvn (apt-get install maven) to build target/$main_jar" >&2; exit 3; }
    echo "build.sh: building target/$main_jar (mvn -o -q -DskipTests package)"
    mvn -o -q -DskipTests package
fi

# jpackage copies the whole input folder into the image: the jar and lib/, whose jars its
# launcher puts on the class path (the jar's manifest names the same ones).
rm -rf "$work/input"
mkdir -p "$work/input/lib"
cp "target/$main_jar" "$work/input/"
cp target/lib/*.jar "$work/input/lib/"
# JavaFX's native libraries beside its jars, where JavaFX loads them directly (left inside the jars, they
# are unpacked into ~/.openjfx and checksummed at every start).
# The copies inside the jars then only take room in the installer: the jars go in without them.
find target/lib -maxdepth 1 \( -name '*.so' -o -name '*.dylib' \) -exec cp {} "$work/input/lib/" \;
for fxjar in "$work"/input/lib/javafx-graphics-*-*.jar "$work"/input/lib/javafx-web-*-*.jar; do
    [[ -f "$fxjar" ]] || continue
    unpacked="$work/unpacked-$(basename "$fxjar" .jar)"
    rm -rf "$unpacked" && mkdir -p "$unpacked"
    (cd "$unpacked" && "$jdk_bin/jar" xf "$fxjar")
    find "$unpacked" -maxdepth 1 \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) -delete
    rm "$fxjar"
    "$jdk_bin/jar" --create --file "$fxjar" --manifest "$unpacked/META-INF/MANIFEST.MF" \
        -C "$unpacked" . 2>/dev/null \
        || { echo "build.sh: could not repack $(basename "$fxjar") without its native libraries" >&2; exit 1; }
    rm -rf "$unpacked"
done

# --- the Java runtime ------------------------------------------------------------------------------
modules="$(grep -v -e '^#' -e '^[[:space:]]*$' "$packaging/runtime-modules.txt" | paste -sd, -)"
runtime="$work/runtime"
runtime_key="$("$jdk_bin/java" -version 2>&1 | head -n 1) $modules"
if [[ -f "$runtime/release" && "$(cat "$work/runtime.key" 2>/dev/null)" == "$runtime_key" ]]; then
    echo "build.sh: reusing the Java runtime in target/packaging/runtime"
else
    echo "build.sh: linking a Java runtime ($modules)"
    rm -rf "$runtime" "$work/runtime.key"
    "$jdk_bin/jlink" --add-modules "$modules" --output "$runtime" \
        --strip-debug --no-header-files --no-man-pages --compress=2
    echo "$runtime_key" >"$work/runtime.key"
fi

# --- jpackage ---------------------------------------------------------------------------------------
description="Review AI-drafted technical posts offline"
common=(
    --app-version "$app_version"
    --vendor "Review Desk project"
    --description "$description"
    --copyright "Copyright the Review Desk authors"
    --dest "$dist"
)
mkdir -p "$dist"

if [[ $platform == linux ]]; then
    image="$dist/review-desk"
    # --type deb reuses the app image only when it holds the jar just built.
    if [[ $type == app-image || $type == all || ! -x "$image/bin/review-desk" ]] \
            || ! cmp -s "target/$main_jar" "$image/lib/app/$main_jar"; then
        echo "build.sh: building the app image target/dist/review-desk"
        rm -rf "$image"
        "$jdk_bin/jpackage" --type app-image "${common[@]}" \
            --name review-desk \
            --input "$work/input" --main-jar "$main_jar" --main-class org.reviewdesk.Main \
            --runtime-image "$runtime" \
            --java-options '-Dfile.encoding=UTF-8' \
            --icon "$root/icons/png/review-desk-256.png"
    fi
    if [[ $type == deb || $type == all ]]; then
        echo "build.sh: building the .deb from the app image"
        rm -f "$dist"/review-desk_*.deb
        # No --file-associations: the window does not yet open a file given on its command
        # line, so an "Open with Review Desk" on a .md file would only show a usage error.
        # libgtk-3-0 is what JavaFX's window toolkit loads; jpackage cannot see it, because
        # JavaFX's native libraries sit inside its jars.
        "$jdk_bin/jpackage" --type deb "${common[@]}" \
            --name review-desk \
            --app-image "$image" \
            --resource-dir "$packaging/linux" \
            --icon "$root/icons/png/review-desk-256.png" \
            --linux-package-name review-desk \
            --linux-deb-maintainer "${REVIEW_DESK_MAINTAINER:-review-desk@example.org}" \
            --linux-menu-group "Office;TextTools;Development;" \
            --linux-app-category text \
            --linux-package-deps libgtk-3-0 \
            --linux-shortcut
    fi
else
    image="$dist/Review Desk.app"
    if [[ $type == app-image || $type == all || ! -d "$image" ]] \
            || ! cmp -s "target/$main_jar" "$image/Contents/app/$main_jar"; then
        echo "build.sh: building target/dist/Review Desk.app"
        rm -rf "$image"
        "$jdk_bin/jpackage" --type app-image "${common[@]}" \
            --name "Review Desk" \
            --input "$work/input" --main-jar "$main_jar" --main-class org.reviewdesk.Main \
            --runtime-image "$runtime" \
            --java-options '-Dfile.encoding=UTF-8' \
            --icon "$root/icons/review-desk.icns" \
            --mac-package-identifier org.reviewdesk.ReviewDesk \
            --mac-package-name "Review Desk"
    fi
    if [[ $type == dmg || $type == all ]]; then
        echo "build.sh: building the .dmg from Review Desk.app"
        rm -f "$dist"/Review\ Desk-*.dmg
        "$jdk_bin/jpackage" --type dmg "${common[@]}" \
            --name "Review Desk" \
            --app-image "$image" \
            --icon "$root/icons/review-desk.icns" \
            --mac-package-identifier org.reviewdesk.ReviewDesk
    fi
fi

echo "build.sh: done; in target/dist:"
ls -1 "$dist"
