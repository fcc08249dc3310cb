#!/usr/bin/env bash
# Builds the libFuzzer targets in tests/fuzz (clang, AddressSanitizer, UndefinedBehaviorSanitizer) in
# build-fuzz/ and runs each for a bounded time, starting from a copy of its seed corpus in
# tests/fuzz/corpus/<target>/ (tests/ is never written to). Fails when a target crashes, leaks, runs out of
# memory or spends more than 10 s on one input; the target and the saved input are printed.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 7: all targets in about a minute)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-7}
if [[ ! "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET]" >&2
    exit 2
fi

if ! command -v clang++ >/dev/null; then
    echo "fuzz: clang++ is missing: run scripts/install-deps.sh (as root) first" >&2
    exit 2
fi

# Debug keeps Q_ASSERT on; -O1 keeps the runs fast enough.
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DFERRY_FUZZ=ON -DFERRY_BUILD_TESTS=OFF \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target ferry_fuzz

work=$(mktemp -d /tmp/ferry-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
crashes=$PWD/build-fuzz/crashes
mkdir -p "$crashes"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

failed=()
for source in tests/fuzz/fuzz_*.cpp; do
    target=$(basename "$source" .cpp)
    binary=build-fuzz/tests/fuzz/$target
    if [[ ! -x "$binary" ]]; then
        echo "fuzz: $target: not built (is it listed in tests/fuzz/CMakeLists.txt?)" >&2
        failed+=("$target")
        continue
    fi
    mkdir -p "$work/$target" "$crashes/$target"
    if [[ -d tests/fuzz/corpus/$target ]]; then
        cp -r "tests/fuzz/corpus/$target/." "$work/$target/"
    fi
    log=$work/$target.log
    if "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$crashes/$target/" "$work/$target" >"$log" 2>&1; then
        runs=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
        echo "fuzz: $target: $runs runs in ${seconds} s, no failure ($(find "$work/$target" -type f | wc -l) inputs)"
    else
        failed+=("$target")
        echo "fuzz: $target FAILED; its report:" >&2
        grep -vE '^(#[0-9]+|INFO:|MERGE|Loaded|stat::)' "$log" | tail -n 60 >&2
        input=$(grep -oE "Test unit written to [^ ]+" "$log" | tail -n 1 | sed 's/^Test unit written to //')
        echo "fuzz: $target: the input is ${input:-not saved (see the report above)}" >&2
        [[ -n "$input" ]] && echo "fuzz: reproduce with: $binary $input" >&2
    fi
done

if ((${#failed[@]})); then
    echo "fuzz: failed: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: all targets passed"
