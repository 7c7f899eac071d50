#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build_dir="${BINDLAB_BUILD_DIR:-build}"
# Strings in code that are missing from the shipped translations fail the run (see
# tests/tst_translations); refreshing the .ts files happens with update_translations.
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
ctest --test-dir "$build_dir" --output-on-failure --parallel 2 --timeout 300
