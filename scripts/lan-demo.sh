#!/usr/bin/env bash
# The presenter's two-machine demo on one machine (run as root): makes a second host with
# tests/lan/netlab.sh, starts the server window here and the client window on the second host,
# and removes everything when both windows are closed. Without a display (or with --headless)
# it plays the same story in the terminal, step by step, and exits 0 when every outcome was the
# expected one.
#
#   scripts/lan-demo.sh [--headless] [--port N]      (N = 0 picks a free port, headless only)
#
# BINDLAB_SERVER and BINDLAB_CLIENT name the programs to use; without them the script installs
# what is missing and builds, like scripts/demo.sh.
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"
cd "$(dirname "$0")/.."
readonly netlab=tests/lan/netlab.sh

headless=0
port=${BINDLAB_PORT:-12397}
while [ $# -gt 0 ]; do
    case $1 in
    --headless) headless=1 ;;
    --port)
        [ $# -ge 2 ] || { echo "lan-demo: --port needs a number" >&2; exit 2; }
        port=$2
        shift
        ;;
    -h | --help)
        sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "lan-demo: unknown option $1 (see --help)" >&2
        exit 2
        ;;
    esac
    shift
done
if ! [[ $port =~ ^[0-9]+$ ]] || [ "$port" -gt 65535 ]; then
    echo "lan-demo: --port takes 0 to 65535, not \"$port\"" >&2
    exit 2
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "lan-demo: needs root to create the second host (a network namespace and a veth pair)." >&2
    echo "lan-demo: run it as root, e.g.: sudo ./lan-demo" >&2
    exit 77
fi

if [ -n "${BINDLAB_SERVER:-}" ] && [ -n "${BINDLAB_CLIENT:-}" ]; then
    server=$BINDLAB_SERVER
    client=$BINDLAB_CLIENT
else
    scripts/install-deps.sh
    scripts/build.sh
    build_dir="${BINDLAB_BUILD_DIR:-build}"
    server="$PWD/$build_dir/server-gui/bindlab-server"
    client="$PWD/$build_dir/client-gui/bindlab-client"
fi

# Windows need a display the second host can reach: a local X server's socket or Wayland's,
# both files, are shared with the namespace; an X display over TCP (ssh -X) is not.
if [ $headless -eq 0 ]; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "lan-demo: no display found; playing the demo in the terminal instead."
        headless=1
    elif [ -z "${WAYLAND_DISPLAY:-}" ] && ! [[ ${DISPLAY} =~ ^(unix)?:[0-9]+(\.[0-9]+)?$ ]]; then
        echo "lan-demo: DISPLAY=$DISPLAY is reached over the network, which the second host"
        echo "lan-demo: cannot see; playing the demo in the terminal instead."
        headless=1
    fi
fi
if [ $headless -eq 0 ] && [ "$port" -eq 0 ]; then
    echo "lan-demo: the windows need a fixed port (--port 0 is for --headless)." >&2
    exit 2
fi

work=$(mktemp -d /tmp/bindlab-lan-demo.XXXXXX)
pids=()
# shellcheck disable=SC2317 # called by the traps
cleanup() {
    local status=$?
    trap - EXIT INT TERM HUP
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -n "${NETLAB_NS:-}" ]; then
        "$netlab" down "$NETLAB_NS" || true
        if [ -e "/run/netns/$NETLAB_NS" ] || ip link show "$NETLAB_HOST_IF" >/dev/null 2>&1; then
            echo "lan-demo: WARNING: $NETLAB_NS is still there; remove it with: $netlab down $NETLAB_NS"
        else
            echo "lan-demo: removed the second host ($NETLAB_NS, its veth and /etc/netns/$NETLAB_NS)."
        fi
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# The lab belongs to this script: if the script is killed outright, the lab's guardian removes it.
facts=$("$netlab" up --owner $$) || exit $?
eval "$facts"
machine=${NETLAB_MACHINE_NAME:-}
target=${machine:-$NETLAB_HOST_NAME}

# shellcheck source=scripts/lib/headless-demo.sh
. scripts/lib/headless-demo.sh

say_step "a second host on this machine"
echo "   Network namespace $NETLAB_NS, joined by the veth pair $NETLAB_HOST_IF <-> $NETLAB_PEER_IF."
echo "   This machine there: $NETLAB_HOST_V4 and $NETLAB_HOST_V6 (named $NETLAB_HOST_NAME${machine:+ and $machine})."
echo "   The second host:    $NETLAB_PEER_V4 and $NETLAB_PEER_V6 ($NETLAB_PEER_NAME), no default route."
echo "   Routes checked: the second host is reached through $NETLAB_HOST_IF only:"
ip route get "$NETLAB_PEER_V4" | head -1 | indent
if [ -n "$machine" ]; then
    echo "   The name \"$machine\" on this machine, and on the second host (as a LAN's DNS would say):"
    { getent ahostsv4 "$machine" | awk '{print $1}' | sort -u | head -1 | sed "s/^/here:        $machine -> /"; } | indent
    { ip netns exec "$NETLAB_NS" getent ahostsv4 "$machine" | awk '{print $1}' | sort -u | head -1 \
        | sed "s/^/second host: $machine -> /"; } | indent
fi

if [ $headless -eq 1 ]; then
    # Refused from another host, the client asks the server's explain service why.
    demo_expect_confirmed=1
    play_headless_demo any "$target" "On the second host" ip netns exec "$NETLAB_NS"
    exit
fi

# Windows: the server here, the client on the second host. Root's windows need a runtime dir.
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -w "${XDG_RUNTIME_DIR}" ]; then
    export XDG_RUNTIME_DIR="$work/xdg"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
fi
say_step "the server window here, bound to this machine's hostname (the article's bug)"
# Side by side, titled by the machine each window stands for (generic Qt window options).
"$server" -qwindowtitle "BindLab Server - this machine (${machine:-$NETLAB_HOST_NAME})" \
    -qwindowgeometry 640x720+0+0 --bind hostname --port "$port" --start --presenter &
server_window=$!
pids+=("$server_window")
sleep 1
say_step "the client window on the second host ($NETLAB_PEER_NAME), connecting to $target port $port"
ip netns exec "$NETLAB_NS" "$client" \
    -qwindowtitle "BindLab Client - the second host ($NETLAB_PEER_NAME, $NETLAB_PEER_V4)" \
    -qwindowgeometry 640x720+660+0 --presenter --demo-target "$target" \
    --connect "$target" "$port" &
client_window=$!
pids+=("$client_window")
sleep 1.5
if ! kill -0 "$client_window" 2>/dev/null; then
    echo "lan-demo: the client window could not open on the second host (see above);" >&2
    echo "lan-demo: run 'scripts/lan-demo.sh --headless' for the terminal version." >&2
    exit 1
fi
cat <<EOF

   What to show:
   1. The client window (the second host) says Refused, confirmed by the server: it listens
      on loopback only, because "${machine:-the hostname}" resolves to 127.0.0.1 on this
      machine, while the second host knows it as $NETLAB_HOST_V4. The server window shows the
      refused visitor in its log and as a red wire on its map.
   2. In the server window press "2. Apply the fix" (presenter mode; or Stop, choose "All
      interfaces, IPv4 and IPv6", Start).
   3. In the client window press "2. Apply the fix" (or Connect): the greeting arrives, and the
      server's log and map show the second host ($NETLAB_PEER_V4 or $NETLAB_PEER_V6) as the peer.
   F5 in either window leaves or re-enters presenter mode.
   Close both windows to end the demo; the second host is removed then.
EOF
wait -n "$server_window" "$client_window" || true
echo
echo "lan-demo: one window closed; close the other one to finish."
wait "$server_window" 2>/dev/null || true
wait "$client_window" 2>/dev/null || true
pids=()
exit 0
