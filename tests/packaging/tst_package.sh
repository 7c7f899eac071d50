#!/usr/bin/env bash
# Installs the build into a stage (--prefix) and a DESTDIR inside the build tree, builds the
# .deb with CPack and checks what each contains; the staged and packaged programs must run.
# Nothing is installed into the system.
# Usage: tst_package.sh BUILD_DIR WORK_DIR VERSION CMAKE CPACK
set -euo pipefail
build=$1
work=$2
version=$3
cmake=$4
cpack=$5
failed=0
fail() { echo "FAIL: $*"; failed=1; }
# shellcheck source=scripts/lib/packages.sh
. "$(dirname "$0")/../../scripts/lib/packages.sh"

rm -rf "$work"
mkdir -p "$work"

# Every file a desktop needs, relative to the prefix.
expected=(
    bin/bindlab-server
    bin/bindlab-client
    share/applications/invalid.example.bindlab.server.desktop
    share/applications/invalid.example.bindlab.client.desktop
    share/metainfo/invalid.example.bindlab.server.metainfo.xml
    share/metainfo/invalid.example.bindlab.client.metainfo.xml
    share/icons/hicolor/scalable/apps/bindlab-server.svg
    share/icons/hicolor/scalable/apps/bindlab-client.svg
    share/doc/bindlab/copyright
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/bindlab-server.png"
               "share/icons/hicolor/${size}x${size}/apps/bindlab-client.png")
done

check_tree() { # ROOT LABEL
    local missing=0
    for f in "${expected[@]}"; do
        [ -f "$1/$f" ] || { fail "$2: $f missing"; missing=1; }
    done
    [ $missing -eq 1 ] || echo "ok: $2 has all ${#expected[@]} files"
}

check_runs() { # BINDIR LABEL
    local app out
    for app in bindlab-server bindlab-client; do
        out=$("$1/$app" --version 2>&1) || fail "$2: $app --version exited $?"
        [[ "$out" == "$app $version "* ]] || fail "$2: $app --version printed: $out"
        # The window itself: opens offscreen, grabs itself, quits.
        if "$1/$app" --screenshot "$work/$app-$2.png" --screenshot-after 200 >/dev/null 2>&1 \
            && [ -s "$work/$app-$2.png" ]; then
            echo "ok: $2: $app --version: $out; window opens"
        else
            fail "$2: $app window did not open"
        fi
    done
}

echo "== cmake --install --prefix"
"$cmake" --install "$build" --prefix "$work/stage" >"$work/install-prefix.log"
check_tree "$work/stage" stage
check_runs "$work/stage/bin" stage

echo "== DESTDIR=... cmake --install"
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
DESTDIR="$work/destdir" "$cmake" --install "$build" >"$work/install-destdir.log"
check_tree "$work/destdir$prefix" "destdir$prefix"
leftover=$(find "$work/destdir" -type f | grep -v "^$work/destdir$prefix/" || true)
[ -z "$leftover" ] || fail "DESTDIR install wrote outside the prefix: $leftover"

echo "== cpack -G DEB"
if ! command -v dpkg-deb >/dev/null; then
    echo "SKIP: dpkg-deb not found; the .deb is not built"
    [ $failed -eq 0 ] && exit 77
    exit 1
fi
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack -G DEB"
    exit 1
fi
debs=("$work"/deb/bindlab_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    fail "no single bindlab_*.deb in $work/deb"
    exit 1
fi
deb=${debs[0]}
echo "built: $(basename "$deb")"

dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's:^\./::' >"$work/deb-contents.txt"
missing=0
for f in "${expected[@]}"; do
    grep -qx "usr/$f" "$work/deb-contents.txt" || { fail ".deb: /usr/$f missing"; missing=1; }
done
[ $missing -eq 1 ] || echo "ok: .deb has all ${#expected[@]} files under /usr"

[ "$(dpkg-deb -f "$deb" Package)" = bindlab ] || fail ".deb: Package is not bindlab"
[[ "$(dpkg-deb -f "$deb" Version)" == "$version"* ]] || fail ".deb: Version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6; do
    [[ "$depends" == *"$lib"* ]] || fail ".deb: Depends lacks $lib"
done
# apt-get would refuse the package if a dependency could not be met; on this machine every one
# must already be installed (read-only check: no dpkg lock, nothing changes).
IFS=',' read -ra deps <<<"$depends"
for dep in "${deps[@]}"; do
    pkg=$(echo "$dep" | sed 's/|.*//; s/(.*//; s/:any//' | xargs)
    package_installed "$pkg" || fail ".deb: dependency $pkg is not installed here"
done

dpkg-deb -x "$deb" "$work/extract"
check_runs "$work/extract/usr/bin" deb

exit $failed
