#!/usr/bin/env bash
# One command: install what is missing, build, and run the whole test suite (keychain tests included)
# inside a private D-Bus session with an unlocked, throwaway gnome-keyring. Prints CTest's summary.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
build=${REWARDDESK_BUILD_DIR:-$root/build}
exec "$root/scripts/with-test-keyring.sh" ctest --test-dir "$build" --output-on-failure "$@"
