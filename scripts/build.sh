#!/usr/bin/env bash
# Configures and builds BindLab into ./build (or $BINDLAB_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BINDLAB_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BINDLAB_BUILD_TYPE:-RelWithDebInfo}" \
    -DBINDLAB_WERROR="${BINDLAB_WERROR:-ON}" ${BINDLAB_CMAKE_ARGS:-}
cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)"
