#!/usr/bin/env bash
# Static checks: clang-tidy (.clang-tidy) over common/*/, desktop/, server-gui/ and client-gui/
# with the compile commands of ./build (or $BINDLAB_BUILD_DIR), then .clang-format over every
# C++ file.
# Exits non-zero on any clang-tidy finding or unformatted file. Installs clang-tidy and
# clang-format when missing (root). `--fix-format` applies .clang-format instead of checking.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BINDLAB_BUILD_DIR:-build}"
jobs="$(nproc 2>/dev/null || echo 2)"

scripts/install-deps.sh
# shellcheck source=scripts/lib/packages.sh
. scripts/lib/packages.sh
ensure_packages tidy clang-tidy clang-format

mapfile -t format_files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--fix-format" ]; then
    clang-format -i "${format_files[@]}"
    echo "tidy: .clang-format applied to ${#format_files[@]} files."
    exit 0
fi

if [ ! -f "$build_dir/compile_commands.json" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug
fi
# moc output must exist for the sources that include it.
cmake --build "$build_dir" --parallel "$jobs" \
    --target bindlab_common_autogen bindlab_desktop_autogen bindlab_server_ui_autogen \
    bindlab_client_ui_autogen

status=0
# Only the product's own sources; generated files and the other platforms' files stay out.
run-clang-tidy -p "$build_dir" -j "$jobs" -quiet \
    "$PWD/(common/[a-z]+|server-gui|client-gui|desktop)/[^/]+\.cpp\$" >"$build_dir/clang-tidy.log" 2>&1 || status=1
if grep -q -E "(warning|error):" "$build_dir/clang-tidy.log"; then
    grep -E "(warning|error):" "$build_dir/clang-tidy.log" | sort -u
    status=1
fi
echo "tidy: clang-tidy $( [ $status -eq 0 ] && echo clean || echo 'found problems' ) (log: $build_dir/clang-tidy.log)"

unformatted=()
for f in "${format_files[@]}"; do
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
done
if [ ${#unformatted[@]} -gt 0 ]; then
    echo "tidy: not formatted per .clang-format (scripts/tidy.sh --fix-format):"
    printf '  %s\n' "${unformatted[@]}"
    status=1
else
    echo "tidy: every file follows .clang-format"
fi
exit $status
