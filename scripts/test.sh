#!/usr/bin/env bash
# Installs what is missing, builds, checks formatting and runs the whole test suite, with real PostgreSQL
# and MariaDB servers on loopback, then the fuzz targets for about a minute, then the suite again under
# AddressSanitizer/UBSan. The keychain tests (label keychain) run each in scripts/with-keyring.sh, a private
# D-Bus session with its own gnome-keyring, in both passes (CTest starts them through it). Non-interactive;
# run as root on Debian 12. Extra arguments go to ctest (e.g. -L unit).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
if dpkg-query -W -f='${Status}' dbus-x11 2>/dev/null | grep -q "install ok installed"; then
    echo "test.sh: dbus-x11 is installed; the keychain tests hide the display from it, but see install-deps.sh" >&2
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
scripts/check-format.sh

export FERRY_DB_DIR=${FERRY_DB_DIR:-$(mktemp -d /tmp/ferry-dbs.XXXXXX)}
trap 'scripts/db-servers.sh stop' EXIT
eval "$(scripts/db-servers.sh start)"
export FERRY_REQUIRE_SERVERS=1
# The REST target's tests start json-server themselves (scripts/json-server.sh); here it must be installed.
scripts/json-server.sh --check
export FERRY_REQUIRE_JSON_SERVER=1

ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"

# The parsers of outside input under libFuzzer for about a minute (scripts/fuzz.sh: clang, build-fuzz/); any
# crash, leak, undefined behaviour, hang or failed check fails the test command. Skip with FERRY_SKIP_FUZZ=1.
if [[ "${FERRY_SKIP_FUZZ:-}" != 1 ]]; then
    scripts/fuzz.sh
fi

# The same suite once more, built with AddressSanitizer and UndefinedBehaviorSanitizer: memory errors,
# leaks and undefined behaviour fail the run. Skip with FERRY_SKIP_SANITIZERS=1 for a quick local loop.
if [[ "${FERRY_SKIP_SANITIZERS:-}" != 1 ]]; then
    cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
        -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
    cmake --build build-sanitize -j"$(nproc)"
    ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp" \
        UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir build-sanitize --output-on-failure -j"$(nproc)" --timeout 900 "$@"
fi
