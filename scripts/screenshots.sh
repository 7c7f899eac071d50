#!/usr/bin/env bash
# Regenerates docs/screenshots/: both windows in the classic demo state (the server bound to
# this machine's hostname and greeting a local client; the client refused on the LAN address)
# in English, German and Simplified Chinese, plus English checks that a long scoped IPv6 address
# does not clip and that a dark palette reads, and both windows in presenter mode. Each window
# runs on a real X server (Xvfb) of a real screen size at the size it chooses for itself:
# 1366x768, the most common laptop, and 1280x720, a common projector, for presenter mode. Uses
# only loopback and this machine's own addresses, and keeps its settings and scratch files in
# the build tree. Re-run it after the translations or the windows change.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BINDLAB_BUILD_DIR:-build}"
out=docs/screenshots

# shellcheck source=scripts/lib/offscreen-session.sh
. scripts/lib/offscreen-session.sh
# shellcheck source=scripts/lib/network.sh
. scripts/lib/network.sh
offscreen_session screenshots
mkdir -p "$out"
# The same look everywhere: Fusion, no desktop theme, the system's fonts (Chinese needs a CJK
# font such as fonts-wqy-microhei, see install-deps.sh).
unset QT_QPA_PLATFORMTHEME QT_STYLE_OVERRIDE QT_SCALE_FACTOR

if ! fc-list :lang=zh family 2>/dev/null | grep -q .; then
    echo "screenshots: no Chinese font found; install fonts-wqy-microhei (scripts/install-deps.sh)" >&2
    exit 1
fi

# offscreen_session chose the offscreen platform; these shots want the real X server.
export QT_QPA_PLATFORM=xcb
lan=$(lan_address)
# One X server per window, of the screen size that window is shown on.
screen=1366x768
on_screen() { xvfb-run -a -s "-screen 0 ${screen}x24" "$@"; }
quiet() { on_screen "$@" 2> >(grep -v 'propagateSizeHints' >&2); }

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
wait_listening() { # PORT
    for _ in $(seq 100); do
        ss -Hltn "sport = :$1" | grep -q . && return 0
        sleep 0.1
    done
    echo "screenshots: nothing listens on port $1" >&2
    return 1
}

shoot() { # LANG SUFFIX [EXTRA OPTION...]
    local lang=$1 suffix=$2
    shift 2
    local port
    port=$(free_port)
    # The server window listens on the hostname (127.0.0.1 here) and greets one local client.
    quiet "$server" --lang "$lang" --bind hostname \
        --port "$port" --start "$@" --screenshot "$out/server-$suffix.png" --screenshot-after 6000 &
    pids+=($!)
    wait_listening "$port"
    "$client" --headless 127.0.0.1 "$port" >/dev/null
    # The client window dials the LAN address: refused, with the loopback-only diagnosis.
    quiet "$client" --lang "$lang" --connect "$lan" "$port" "$@" \
        --screenshot "$out/client-$suffix.png" --screenshot-after 2000
    wait "${pids[-1]}"
    unset 'pids[-1]'
    echo "screenshots: $out/server-$suffix.png $out/client-$suffix.png"
}

for lang in en de zh_CN; do
    shoot "$lang" "$lang"
done
shoot en en-dark --screenshot-dark
# Presenter mode takes the whole projector.
screen=1280x720
shoot en presenter --presenter
screen=1366x768

# The longest addresses this machine has: an IPv6 link-local address with its scope.
scoped=$("$server" --list-binds --json |
    python3 -c 'import json, sys
for line in sys.stdin:
    e = json.loads(line)
    a = str(e.get("address", ""))
    if a.lower().startswith("fe80:") and "%" in a:
        print(a)
        break')
if [ -n "$scoped" ]; then
    port=$(free_port)
    quiet "$server" --lang en --bind "$scoped" --port "$port" \
        --start --screenshot "$out/server-long-address.png" --screenshot-after 3000 &
    pids+=($!)
    # This machine's own address with nothing listening on the port: refused at once.
    quiet "$client" --lang en --connect "$scoped" "$(free_port)" \
        --screenshot "$out/client-long-address.png" --screenshot-after 2000
    wait "${pids[-1]}"
    unset 'pids[-1]'
    echo "screenshots: $out/server-long-address.png $out/client-long-address.png ($scoped)"
else
    echo "screenshots: no scoped IPv6 address on this machine; long-address shots skipped" >&2
fi
