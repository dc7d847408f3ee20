#!/bin/sh
# install-deps.sh — every system dependency dyad needs, on Debian 12, in one place.
#
# Run as root (or with sudo). Safe to run twice. CI (.ci/run) and the README's
# Quick start both call this script, so a dependency installed by hand anywhere
# else is a bug: add it here.
set -eu

PKGS="build-essential cmake pkg-config git ca-certificates
      libjson-c-dev libutf8proc-dev libpcre2-dev libsqlite3-dev
      libcmocka-dev wordnet-base iso-codes
      clang libclang-rt-14-dev curl"

if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi

missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "install-deps: installing:$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
# Check that what the build and the tests use is really there, so a machine
# missing something fails here with its name, not later inside CMake.
fail=""
for cmd in cc make cmake pkg-config dpkg-query; do
    command -v "$cmd" >/dev/null 2>&1 || fail="$fail command:$cmd"
done
for mod in json-c libutf8proc sqlite3 cmocka libpcre2-8; do
    pkg-config --exists "$mod" 2>/dev/null || fail="$fail pkg-config:$mod"
done
for f in /usr/share/wordnet/index.verb /usr/share/wordnet/verb.exc /usr/share/iso-codes/json/iso_3166-1.json; do
    [ -r "$f" ] || fail="$fail file:$f"
done
if [ -n "$fail" ]; then
    echo "install-deps: error: still missing after installing:$fail" >&2
    exit 1
fi
echo "install-deps: system packages ready" >&2

# GeoNames capitals for the default country dictionary (pinned, hash-checked;
# see scripts/fetch-geonames.sh). The build works without them, with a warning.
# Under sudo, fetch as the invoking user so the repository stays theirs.
fetch="$(cd "$(dirname "$0")" && pwd)/fetch-geonames.sh"
if [ -n "${SUDO_USER:-}" ] && [ "$(id -u)" -eq 0 ]; then
    sudo -u "$SUDO_USER" sh "$fetch" || echo "install-deps: warning: GeoNames fetch failed; building without capitals" >&2
else
    sh "$fetch" || echo "install-deps: warning: GeoNames fetch failed; building without capitals" >&2
fi
