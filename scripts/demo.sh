#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, and opens both windows ready
# for the classic demo (server bound to the hostname, client pointed at the LAN address).
# Without a display it plays the same demo in the terminal and exits 0 only when the hostname
# bind was refused and the fix greeted. BINDLAB_PORT changes the port (0: a free one, terminal
# only).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build_dir="${BINDLAB_BUILD_DIR:-build}"
# shellcheck source=scripts/lib/network.sh
. scripts/lib/network.sh

server="$build_dir/server-gui/bindlab-server"
client="$build_dir/client-gui/bindlab-client"
lan=$(lan_address)
port=${BINDLAB_PORT:-12397}

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: no display found; playing the classic demo in the terminal instead."
    if [ "$lan" = 127.0.0.1 ]; then
        echo "demo: this machine has no LAN address, so the hostname bind cannot be refused here."
    fi
    work=$(mktemp -d /tmp/bindlab-demo.XXXXXX)
    pids=()
    # shellcheck disable=SC2317 # called by the trap
    cleanup() {
        for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
        rm -rf "$work"
    }
    trap cleanup EXIT
    # shellcheck source=scripts/lib/headless-demo.sh
    . scripts/lib/headless-demo.sh
    play_headless_demo any4 "$lan" "Here"
    exit
fi

echo "demo: server bound to this machine's hostname; client connects to $lan:$port."
echo "demo: then pick \"All IPv4 interfaces (0.0.0.0)\", Start, and Connect again."
"$server" --bind hostname --port "$port" --start &
server_pid=$!
"$client" --connect "$lan" "$port" &
client_pid=$!
trap 'kill $server_pid $client_pid 2>/dev/null || true' EXIT INT TERM
wait $client_pid || true
kill $server_pid 2>/dev/null || true
wait $server_pid 2>/dev/null || true
