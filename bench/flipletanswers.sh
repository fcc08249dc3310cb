#!/usr/bin/env bash
# Fliplet answer readers micro-benchmark (bench/flipletanswers.cpp): GET …/data entries into rows and the
# commit answer check, over a listing of N entries as the emulator writes it. Compiles against build/'s
# engine library.
#   bench/flipletanswers.sh [rows] [chunk KiB] [entries|check|both]
set -euo pipefail
cd "$(dirname "$0")/.."
lib=build/app/engine/libferry_engine.a
[[ -f $lib ]] || { echo "build first: cmake --build build" >&2; exit 1; }
out=$(mktemp -d /tmp/ferry-answers-bench.XXXXXX)
trap 'rm -rf "$out"' EXIT
# shellcheck disable=SC2046 # pkg-config prints several words on purpose
c++ -std=c++20 -O2 -g -fPIC -DQT_NO_DEBUG -Iapp/engine bench/flipletanswers.cpp "$lib" -lxxhash \
    $(pkg-config --cflags --libs Qt6Core) -o "$out/flipletanswers"
if [[ -n ${FERRY_BENCH_KEEP:-} ]]; then cp "$out/flipletanswers" "$FERRY_BENCH_KEEP"; fi
"$out/flipletanswers" "$@"
