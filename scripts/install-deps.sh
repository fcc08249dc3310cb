#!/usr/bin/env bash
# Installs the Debian 12 packages Ferry needs to build, run and test. Idempotent: installs only what is
# missing, never asks questions. Usage: scripts/install-deps.sh [--build-only]  (build and run, no tests)
set -euo pipefail

# What the build needs (Qt's HTTP server module is for the test emulator; it needs the WebSockets one), the
# desktop's Qt modules (Charts needs the OpenGL module's CMake files; Linguist tools build the translations),
# and the Qt SQL drivers, with FreeTDS for SQL Server through ODBC. QtKeychain loads libsecret at run time
# (the package only recommends it), so it is named. Qt's own translations (qtbase_fr.qm, qtbase_de.qm: dialog
# buttons) are a package of their own.
build_pkgs=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-base-dev-tools qt6-l10n-tools qt6-tools-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-charts-dev libqt6opengl6-dev
    libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql libqt6sql6-odbc unixodbc tdsodbc
    libyaml-cpp-dev libxxhash-dev
    qtkeychain-qt6-dev libsecret-1-0
    qt6-translations-l10n
)
# What the tests and the benchmark add: the format check, real database servers, an ODBC driver to test the
# ODBC path against, sqlite3 and /usr/bin/time for bench/run.sh, a real Secret Service for the keychain
# tests (gnome-keyring in a private session: dbus brings dbus-run-session; procps' pgrep ends its daemons),
# an X server for the screenshots (scripts/screenshots.sh; the GUI tests themselves run offscreen) and, with
# trayer as its tray host, for the tray's test (scripts/with-tray.sh), and for
# scripts/fuzz.sh clang with its runtime libraries (libFuzzer, the sanitizers) and llvm-symbolizer for
# readable stack traces; python3 for the translation files' check (scripts/check-translation-files.sh);
# desktop-file-validate and appstreamcli for the Debian package's metadata (scripts/check-package.sh);
# openssl makes the self-signed certificates of the HTTP connectors' TLS tests.
# Never dbus-x11: with a display it autolaunches a session bus behind the tests' back, and a keychain write
# can "succeed" into a keyring that is gone a moment later.
test_pkgs=(
    clang-format git python3
    postgresql mariadb-server odbc-postgresql
    sqlite3 time
    dbus gnome-keyring procps
    xvfb xauth fonts-dejavu-core trayer
    desktop-file-utils appstream
    clang libclang-rt-14-dev llvm
    openssl
)

# Node.js runs job hooks (the extension host, docs/extensions.md: tst_extensionhost, tst_hooks and tst_clihooks
# need it; at run time only jobs with hooks do). Node.js and npm also run json-server, the REST target's test
# server (tests/fixtures/json-server, installed with npm ci from its package-lock.json; works with Debian 12's
# nodejs 18 and later). A Node.js installed from elsewhere is used as it is: NodeSource's package bundles npm
# and conflicts with Debian's npm package.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    test_pkgs+=(nodejs npm)
fi

pkgs=("${build_pkgs[@]}")
if [[ "${1:-}" != "--build-only" ]]; then
    pkgs+=("${test_pkgs[@]}")
fi

# json-server's exact versions (package-lock.json), unless they are installed already.
install_json_server() {
    [[ "${1:-}" == "--build-only" ]] && return 0
    local dir
    dir="$(cd "$(dirname "$0")/.." && pwd)/tests/fixtures/json-server"
    if [[ -x $dir/node_modules/.bin/json-server && $dir/node_modules/.package-lock.json -nt $dir/package-lock.json ]]; then
        return 0
    fi
    echo "install-deps: npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
}

missing=()
for p in "${pkgs[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#pkgs[@]} packages present"
    install_json_server "${1:-}"
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "install-deps: missing packages: ${missing[*]}" >&2
    echo "install-deps: run this script as root (or: sudo $0) to install them" >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
install_json_server "${1:-}"
