#!/usr/bin/env bash
# Installs the Debian 12 packages Ferry needs to build, run and test. Idempotent: installs only what is
# missing, never asks questions. Usage: scripts/install-deps.sh [--runtime-only]
set -euo pipefail

build_pkgs=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev
    libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql libqt6sql6-odbc
    qtkeychain-qt6-dev libyaml-cpp-dev libxxhash-dev
    clang-format sqlite3
)
test_pkgs=(
    xvfb xauth dbus gnome-keyring libsecret-1-0
    unixodbc tdsodbc odbc-postgresql
    postgresql mariadb-server
    fonts-dejavu-core time
)

pkgs=("${build_pkgs[@]}")
if [[ "${1:-}" != "--runtime-only" ]]; then
    pkgs+=("${test_pkgs[@]}")
fi

missing=()
for p in "${pkgs[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#pkgs[@]} packages present"
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
