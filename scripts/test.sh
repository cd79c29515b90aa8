#!/usr/bin/env bash
# One command: install what is missing, check the formatting (scripts/check-format.sh), build, and run the whole test
# suite (keychain tests included) inside a private D-Bus session with an unlocked, throwaway gnome-keyring. Prints
# CTest's summary.
#
# Without arguments the functional tests run once, then the performance benches (label "bench"), which are given up
# to three attempts: they time a 2-core machine that other processes share, and one disturbed measurement must not
# hide whether the targets are met. Any arguments are passed to a single ctest run instead (e.g. -L unit).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/check-format.sh"
"$root/scripts/build.sh"
build=${REWARDDESK_BUILD_DIR:-$root/build}
keyring="$root/scripts/with-test-keyring.sh"
if [ "$#" -gt 0 ]; then
    exec "$keyring" ctest --test-dir "$build" --output-on-failure "$@"
fi
status=0
"$keyring" ctest --test-dir "$build" --output-on-failure -LE bench || status=$?
"$keyring" ctest --test-dir "$build" --output-on-failure -L bench --repeat until-pass:3 || status=$?
exit "$status"
