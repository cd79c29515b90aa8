#!/usr/bin/env bash
# Configures and builds RewardDesk into build/ (or $REWARDDESK_BUILD_DIR). Extra args go to cmake --build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${REWARDDESK_BUILD_DIR:-$root/build}
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON

export CCACHE_BASEDIR="$root"
export CCACHE_NOHASHDIR=1
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${REWARDDESK_BUILD_TYPE:-RelWithDebInfo}" \
        -DREWARDDESK_WERROR="$werror" "${launcher[@]}" >/dev/null
fi
# Builds are serialised machine-wide: the machine has 2 cores and two builds at once starve each other.
exec 9>/tmp/rewarddesk-build.lock
flock 9
cmake --build "$build" "$@"
