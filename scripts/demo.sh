#!/usr/bin/env bash
# One command: install what is missing, build, and open RewardDesk on its built-in sandbox with sample data.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh" --target rewarddesk
build=${REWARDDESK_BUILD_DIR:-$root/build}
exec "$build/app/rewarddesk" --demo "$@"
