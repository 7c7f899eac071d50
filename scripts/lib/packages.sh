# shellcheck shell=bash
# Sourced by the scripts that need Debian packages: install-deps.sh, tidy.sh, fuzz.sh and
# tests/packaging/tst_package.sh.

# package_installed PACKAGE: true when dpkg lists PACKAGE as installed.
package_installed() {
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == *"install ok installed"* ]]
}

# ensure_packages NAME PACKAGE...: installs the packages that are missing (root only) and
# prints nothing when none is. As another user it names the missing ones and returns 1, so a
# caller under `set -e` stops before a build would fail on them. NAME starts each message.
ensure_packages() {
    local name=$1 p
    shift
    local absent=()
    for p in "$@"; do
        package_installed "$p" || absent+=("$p")
    done
    [ ${#absent[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "$name: missing packages: ${absent[*]}" >&2
        echo "$name: run as root (or with sudo) to install them." >&2
        return 1
    fi
    echo "$name: installing ${absent[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${absent[@]}"
}
