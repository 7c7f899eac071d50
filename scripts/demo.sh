#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, and opens both windows ready
# for the classic demo (server bound to the hostname, client pointed at the LAN address).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build_dir="${BINDLAB_BUILD_DIR:-build}"

lan=$(ip -4 -o addr show scope global 2>/dev/null | awk '{split($4,a,"/"); print a[1]; exit}')
lan=${lan:-127.0.0.1}
port=${BINDLAB_PORT:-12397}

run() {
    "$build_dir/server-gui/bindlab-server" --bind hostname --port "$port" --start &
    server=$!
    "$build_dir/client-gui/bindlab-client" --connect "$lan" "$port" &
    client=$!
    trap 'kill $server $client 2>/dev/null || true' EXIT INT TERM
    wait $client || true
    kill $server 2>/dev/null || true
    wait $server 2>/dev/null || true
}

echo "demo: server bound to this machine's hostname; client connects to $lan:$port."
echo "demo: then pick \"All IPv4 interfaces (0.0.0.0)\", Start, and Connect again."
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    # No screen to open windows on: show the same demo in the terminal, step by step.
    echo "demo: no display found; running the classic demo headless instead."
    server="$build_dir/server-gui/bindlab-server"
    client="$build_dir/client-gui/bindlab-client"
    for bind in hostname any4; do
        echo
        echo "== bindlab-server --headless --bind $bind --port $port"
        "$server" --headless --bind "$bind" --port "$port" --count 1 &
        pid=$!
        sleep 0.5
        echo "== bindlab-client --headless $lan $port"
        "$client" --headless "$lan" "$port" || true
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    exit 0
fi
run
