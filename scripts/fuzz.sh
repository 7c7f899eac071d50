#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) into ./build-fuzz and runs each one for a
# bounded time: FUZZ_SECONDS (default 60) per target. Installs clang's fuzzer runtime first
# when it is missing (root). Exits non-zero when a target crashes; the input that did it is
# left in build-fuzz/fuzz/crash-<target>-*. Once the bug is fixed, copy that file into
# fuzz/regressions/<target>/: every test run replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
build_dir="${BINDLAB_FUZZ_BUILD_DIR:-build-fuzz}"

scripts/install-deps.sh
# libFuzzer ships with clang's runtime libraries on Debian 12 (libclang-rt-14-dev).
# shellcheck source=scripts/lib/packages.sh
. scripts/lib/packages.sh
ensure_packages fuzz clang libclang-rt-14-dev

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DBINDLAB_FUZZ=ON -DBINDLAB_WERROR=ON \
    -DBINDLAB_FUZZ_SECONDS="$seconds"
cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)" --target \
    fuzz_targetparser fuzz_peertext fuzz_replay_targetparser fuzz_replay_peertext
# Replays first (seconds), then each fuzzer for its bounded time, one after the other.
ctest --test-dir "$build_dir" -L fuzz --output-on-failure
