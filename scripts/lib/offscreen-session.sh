# shellcheck shell=bash
# Sourced by scripts/screenshots.sh and scripts/diagrams.sh, from the project root: builds the
# programs if needed, sets $server and $client to them, makes a scratch directory $work under
# $build_dir/NAME, and runs everything offscreen with its own runtime and settings directories.
# Processes the caller starts go into the pids array; on exit they are stopped and the scratch
# directory is removed.
offscreen_session() {
    local name=$1
    if [ -f "$build_dir/CMakeCache.txt" ]; then
        cmake --build "$build_dir" --parallel 2 >/dev/null
    else
        scripts/build.sh
    fi
    server="$PWD/$build_dir/server-gui/bindlab-server"
    client="$PWD/$build_dir/client-gui/bindlab-client"
    mkdir -p "$build_dir/$name"
    work=$(mktemp -d "$PWD/$build_dir/$name/run.XXXXXX")
    pids=()
    trap offscreen_cleanup EXIT INT TERM
    mkdir -m 700 "$work/xdg"
    export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/xdg" XDG_CONFIG_HOME="$work/config"
}

offscreen_cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
