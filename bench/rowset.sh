#!/usr/bin/env bash
# RowSet micro-benchmark (bench/rowsetcells.cpp): cell access by column position, bytes per row and row
# hashing for 6- to 1000-column rows. Compiles against build/'s engine library; prints a Markdown table.
#   bench/rowset.sh
set -euo pipefail
cd "$(dirname "$0")/.."
lib=build/app/engine/libferry_engine.a
[[ -f $lib ]] || { echo "build first: cmake --build build" >&2; exit 1; }
out=$(mktemp -d /tmp/ferry-rowset-bench.XXXXXX)
trap 'rm -rf "$out"' EXIT
# shellcheck disable=SC2046 # pkg-config prints several words on purpose
c++ -std=c++20 -O2 -fPIC -DQT_NO_DEBUG -Iapp/engine bench/rowsetcells.cpp "$lib" -lxxhash \
    $(pkg-config --cflags --libs Qt6Core) -o "$out/rowsetcells"
"$out/rowsetcells"
