#!/usr/bin/env bash
# Installs the Debian 12 packages RewardDesk needs to build, test (clang-format: scripts/check-format.sh) and take
# screenshots.
# Idempotent: packages already present are not reinstalled. Uses sudo when not run as root.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache clang-format
    qt6-base-dev qt6-base-dev-tools libgl-dev
    qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring libsecret-tools dbus
    xvfb xauth fontconfig fonts-dejavu-core
)
# Never install dbus-x11: under Xvfb it autolaunches a bus and a keyring that waits forever on an
# invisible password prompt; without it the same keychain call fails in milliseconds.

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    else
        echo "error: missing packages and neither root nor sudo: ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
