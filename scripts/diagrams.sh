#!/usr/bin/env bash
# Regenerates docs/diagrams/: the server window's reachability map (hostname bind with a local
# connection lit; any bind with a connection from the network address lit) and the client's
# handshake diagram for ok, refused, filtered and unreachable - each from a real run, grabbed
# from the real window offscreen. Filtered and unreachable need the namespace lab (root); they
# are skipped with a note elsewhere. Only loopback, this machine's own addresses and the lab's
# own host are contacted.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BINDLAB_BUILD_DIR:-build}"
out=docs/diagrams
# shellcheck source=scripts/lib/offscreen-session.sh
. scripts/lib/offscreen-session.sh
# shellcheck source=scripts/lib/network.sh
. scripts/lib/network.sh
offscreen_session diagrams
mkdir -p "$out"
export LC_ALL=C.UTF-8 LANGUAGE=
unset QT_QPA_PLATFORMTHEME QT_STYLE_OVERRIDE QT_SCALE_FACTOR
quiet() { "$@" 2> >(grep -v 'propagateSizeHints' >&2); }
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
lan=$(lan_address)

map() { # NAME BIND ADDRESS-TO-CONNECT
    local port
    port=$(free_port)
    quiet "$server" --bind "$2" --port "$port" --start -qwindowgeometry 900x640 \
        --screenshot "$out/$1.png" --screenshot-widget reachabilityMap --screenshot-after 2600 &
    local pid=$!
    pids+=("$pid")
    sleep 1.6
    # A real client through the door the picture should light.
    "$client" --headless "$3" "$port" >/dev/null || true
    wait "$pid"
    echo "diagrams: $out/$1.png"
}

handshake() { # NAME TARGET PORT TIMEOUT-MS GRAB-AFTER-MS [prefix command...]
    local name=$1 target=$2 port=$3 timeout=$4 after=$5
    shift 5
    quiet "$@" "$client" --connect --timeout "$timeout" "$target" "$port" -qwindowgeometry 820x960 \
        --screenshot "$out/handshake-$name.png" --screenshot-widget handshakeDiagram \
        --screenshot-after "$after"
    echo "diagrams: $out/handshake-$name.png"
}

map map-hostname hostname 127.0.0.1
map map-any-lit any "$lan"

port=$(free_port)
"$server" --headless --bind loopback --port "$port" >/dev/null &
pids+=($!)
sleep 0.5
handshake ok 127.0.0.1 "$port" 3000 1500
handshake refused 127.0.0.1 "$(free_port)" 3000 1500

if [ "$(id -u)" -ne 0 ]; then
    echo "diagrams: filtered and unreachable need the namespace lab (root); kept as they are." >&2
    exit 0
fi
# The second host drops SYNs to one port (filtered); an unused address on the lab's link has
# no host at all (unreachable).
export -f handshake quiet
export client out
tests/lan/netlab.sh run bl-diagrams -- bash -c '
    set -euo pipefail
    ip netns exec "$NETLAB_NS" nft -f - <<NFT
table inet bindlab_docs {
    chain input { type filter hook input priority 0; tcp dport 12397 drop; }
}
NFT
    handshake filtered "$NETLAB_PEER_V4" 12397 1500 2600
    handshake unreachable "$NETLAB_UNUSED_V4" 12397 6000 5000
'
