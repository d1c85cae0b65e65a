#!/usr/bin/env bash
# The packaging check that CI runs after `mvn verify`:
#   - the Linux app image builds, and its launcher answers --version without a display;
#   - its Java runtime starts JavaFX and WebView (headless, with Monocle) and the stage icons load;
#   - the runtime has every JDK module jdeps finds the application's jars need;
#   - the .deb builds and holds the launcher, the runtime, the icon and a .desktop entry with
#     the right Name, Exec, Icon and Categories; the launcher it installs answers --version.
# One PASS, FAIL or SKIP line per check; exits 1 when a check failed. Installs nothing: when a
# tool is missing it says which Debian package brings it. Without jpackage it skips (exit 0).
#
# The .deb is compressed with gzip -1 here instead of dpkg-deb's xz: same content, a minute
# less on two cores. Set DPKG_DEB_COMPRESSOR_TYPE to check with another compressor.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
started=$SECONDS
work="$root/target/packaging/check"
passed=0
failed=0

pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }
skip() { echo "SKIP $1: $2"; }
# The last lines of a log, indented, after a FAIL line.
show_log() { tail -n "${2:-15}" "$1" | sed 's/^/    /'; }

source packaging/common.sh
find_jdk_bin
if [[ -z "$jdk_bin" || ! -x "$jdk_bin/jpackage" ]]; then
    echo "packaging check: SKIPPED: no jpackage (needs a JDK 17+: apt-get install openjdk-17-jdk-headless)"
    exit 0
fi
if [[ "$(uname -s)" != Linux ]]; then
    echo "packaging check: SKIPPED: it checks the Linux app image and .deb; this is $(uname -s)"
    exit 0
fi

if ! read_pom; then
    echo "packaging check: FAIL, pom.xml cannot be read"
    exit 1
fi
rm -rf "$work"
mkdir -p "$work"

# --- the stage icons in the jar are the rendered ones ----------------------------------------
stale_icons=()
for size in 16 24 32 48 64 128 256; do
    cmp -s "icons/png/review-desk-$size.png" "src/main/resources/org/reviewdesk/icons/review-desk-$size.png" \
        || stale_icons+=("review-desk-$size.png")
done
if ((${#stale_icons[@]} == 0)); then
    pass "stage icons in src/main/resources match icons/png"
else
    fail "stage icons in src/main/resources match icons/png" "differ or missing: ${stale_icons[*]} (run icons/render.sh)"
fi

# --- the app image -------------------------------------------------------------------------------
image="target/dist/review-desk"
launcher="$image/bin/review-desk"
if packaging/build.sh --type app-image >"$work/app-image.log" 2>&1 && [[ -x "$launcher" ]]; then
    pass "app image builds (target/dist/review-desk)"
else
    fail "app image builds" "packaging/build.sh --type app-image failed; its log ends:"
    show_log "$work/app-image.log"
fi

# Answers --version from the launcher, with no display: $1 is the launcher, $2 the check's name.
check_version() {
    local out status first
    out="$(env -u DISPLAY -u WAYLAND_DISPLAY timeout 60 "$1" --version 2>&1)"
    status=$?
    first="$(head -n 1 <<<"$out")"
    if [[ $status -eq 0 && "$first" == "Review Desk $pom_version" ]]; then
        pass "$2 prints '$first'"
    else
        fail "$2" "expected exit 0 and 'Review Desk $pom_version', got exit $status and: ${out:-nothing}"
    fi
}

if [[ -x "$launcher" ]]; then
    check_version "$launcher" "app image launcher --version without DISPLAY"

    # --- every module jdeps asks for is in the runtime -----------------------------------------
    app_jars=("$image"/lib/app/*.jar "$image"/lib/app/lib/*.jar)
    if needed="$("$jdk_bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
            --class-path "$(IFS=:; echo "${app_jars[*]}")" "${app_jars[@]}" 2>"$work/jdeps.log" | tail -n 1)" \
            && [[ -n "$needed" ]]; then
        linked="$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$image/lib/runtime/release")"
        absent=()
        for module in ${needed//,/ }; do
            [[ " $linked " == *" $module "* ]] || absent+=("$module")
        done
        if ((${#absent[@]} == 0)); then
            pass "runtime has every JDK module jdeps finds ($needed)"
        else
            fail "runtime has every JDK module jdeps finds" "missing ${absent[*]}: add to packaging/runtime-modules.txt"
        fi
    else
        fail "runtime has every JDK module jdeps finds" "jdeps failed:"
        show_log "$work/jdeps.log"
    fi

    # --- JavaFX and WebView start in the packaged runtime --------------------------------------
    monocle_version="$(sed -n 's:.*<monocle.version>\(.*\)</monocle.version>.*:\1:p' pom.xml | head -n 1)"
    monocle="${M2_REPO:-$HOME/.m2/repository}/org/testfx/openjfx-monocle/$monocle_version/openjfx-monocle-$monocle_version.jar"
    if [[ ! -f "$monocle" ]]; then
        skip "JavaFX starts in the packaged runtime" "no Monocle jar at $monocle (mvn test fetches it)"
    elif ! "$jdk_bin/javac" -d "$work/probe" -cp "$(ls "$image"/lib/app/lib/javafx-*.jar | paste -sd:)" \
            packaging/probe/JavaFxProbe.java >"$work/probe.log" 2>&1; then
        fail "JavaFX starts in the packaged runtime" "the probe did not compile:"
        show_log "$work/probe.log"
    else
        probe_cp="$work/probe:$(IFS=:; echo "${app_jars[*]}"):$monocle"
        if out="$(env -u DISPLAY -u WAYLAND_DISPLAY timeout 90 "$image/lib/runtime/bin/java" \
                -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
                -cp "$probe_cp" JavaFxProbe 2>"$work/probe-run.log")"; then
            pass "JavaFX starts in the packaged runtime: $out"
        else
            fail "JavaFX starts in the packaged runtime" "${out:-no answer}"
            show_log "$work/probe-run.log" 8
        fi
    fi
fi

# --- the .deb ---------------------------------------------------------------------------------
missing=()
command -v dpkg-deb >/dev/null || missing+=("dpkg-deb (apt package dpkg)")
command -v fakeroot >/dev/null || missing+=("fakeroot (apt package fakeroot)")
deb=""
if ((${#missing[@]})); then
    fail ".deb builds" "missing ${missing[*]}"
elif [[ -x "$launcher" ]]; then
    if DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}" DPKG_DEB_COMPRESSOR_LEVEL="${DPKG_DEB_COMPRESSOR_LEVEL:-1}" \
            packaging/build.sh --type deb >"$work/deb.log" 2>&1; then
        deb="$(ls target/dist/review-desk_*.deb 2>/dev/null | head -n 1)"
    fi
    if [[ -n "$deb" ]]; then
        pass ".deb builds ($deb)"
    else
        fail ".deb builds" "packaging/build.sh --type deb failed; its log ends:"
        show_log "$work/deb.log"
    fi
fi

if [[ -n "$deb" ]]; then
    dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's:^\./:/:' >"$work/deb-files.txt"
    contains() {
        if grep -qx -- "$2" "$work/deb-files.txt"; then
            pass ".deb contains the $1 ($2)"
        else
            fail ".deb contains the $1" "no $2 in dpkg-deb -c"
        fi
    }
    contains launcher /opt/review-desk/bin/review-desk
    contains "Java runtime" /opt/review-desk/lib/runtime/lib/server/libjvm.so
    contains "application jar" "/opt/review-desk/lib/app/$main_jar"
    contains icon /opt/review-desk/lib/review-desk.png
    contains ".desktop entry" /opt/review-desk/lib/review-desk-review-desk.desktop

    dpkg-deb -x "$deb" "$work/deb"
    dpkg-deb -e "$deb" "$work/deb-control"
    desktop="$work/deb/opt/review-desk/lib/review-desk-review-desk.desktop"
    if [[ -f "$desktop" ]]; then
        for line in "Name=Review Desk" "Exec=/opt/review-desk/bin/review-desk" \
                "Icon=/opt/review-desk/lib/review-desk.png" "Categories=Office;TextTools;Development;" \
                "Type=Application"; do
            if grep -qxF -- "$line" "$desktop"; then
                pass ".desktop entry has $line"
            else
                fail ".desktop entry has $line" "it reads: $(paste -sd'|' "$desktop")"
            fi
        done
    fi
    if grep -q '^Depends:.*libgtk-3-0' "$work/deb-control/control"; then
        pass ".deb depends on libgtk-3-0, which JavaFX's window needs"
    else
        fail ".deb depends on libgtk-3-0" "$(grep '^Depends:' "$work/deb-control/control")"
    fi
    if grep -q 'xdg-desktop-menu install' "$work/deb-control/postinst" \
            && grep -q 'ln -sf "$launcher" "$link"' "$work/deb-control/postinst"; then
        pass ".deb postinst registers the menu entry and links /usr/bin/review-desk"
    else
        fail ".deb postinst registers the menu entry and links /usr/bin/review-desk" "see $work/deb-control/postinst"
    fi
    # The launcher finds its runtime and jars relative to itself, so the unpacked one runs as installed.
    check_version "$work/deb/opt/review-desk/bin/review-desk" "launcher unpacked from the .deb --version"
fi

# --- what it cost ------------------------------------------------------------------------------------
[[ -d "$image" ]] && echo "size: app image $(du -sh "$image" | cut -f1)"
[[ -n "$deb" ]] && echo "size: .deb $(du -h "$deb" | cut -f1) (${DPKG_DEB_COMPRESSOR_TYPE:-gzip}; packaging/build.sh alone uses xz)"
elapsed=$((SECONDS - started))
if ((failed == 0)); then
    echo "packaging check: PASS, all $passed checks, in ${elapsed}s"
else
    echo "packaging check: FAIL, $failed of $((passed + failed)) checks, in ${elapsed}s"
    exit 1
fi
