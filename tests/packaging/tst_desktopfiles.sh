#!/usr/bin/env bash
# Validates the desktop entries (desktop-file-validate) and the AppStream metainfo
# (appstreamcli, where installed), and checks that they name icons, programs and the version
# that really exist. Usage: tst_desktopfiles.sh RESOURCES_DIR VERSION
set -euo pipefail
resources=$1
version=$2
failed=0
fail() { echo "FAIL: $*"; failed=1; }

if ! command -v desktop-file-validate >/dev/null; then
    echo "SKIP: desktop-file-validate not found (Debian: desktop-file-utils)"
    exit 77
fi

shopt -s nullglob
desktops=("$resources"/*.desktop)
metainfos=("$resources"/*.metainfo.xml)
[ ${#desktops[@]} -eq 2 ] || fail "expected 2 .desktop files, found ${#desktops[@]}"
[ ${#metainfos[@]} -eq 2 ] || fail "expected 2 .metainfo.xml files, found ${#metainfos[@]}"

for desktop in "${desktops[@]}"; do
    name=$(basename "$desktop")
    desktop-file-validate "$desktop" || fail "$name: desktop-file-validate"
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    [ -f "$resources/$icon.svg" ] || fail "$name: Icon=$icon has no $icon.svg"
    exec=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    case "$exec" in
        bindlab-server | bindlab-client) ;;
        *) fail "$name: Exec=$exec is not one of the programs" ;;
    esac
    echo "ok: $name (Icon=$icon, Exec=$exec)"
done

for metainfo in "${metainfos[@]}"; do
    name=$(basename "$metainfo")
    id=$(sed -n 's:.*<id>\(.*\)</id>.*:\1:p' "$metainfo")
    [ "$name" = "$id.metainfo.xml" ] || fail "$name: file name does not match <id>$id</id>"
    [ -f "$resources/$id.desktop" ] || fail "$name: no desktop entry $id.desktop"
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
        || fail "$name: launchable is not $id.desktop"
    grep -q "<release version=\"$version\"" "$metainfo" \
        || fail "$name: no <release version=\"$version\"> (the project's version)"
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net "$metainfo" || fail "$name: appstreamcli validate"
    else
        echo "note: appstreamcli not found (Debian: appstream); $name not validated"
    fi
    echo "ok: $name"
done

exit $failed
