#!/usr/bin/env bash
# Lays the seed corpus for the fuzz targets: every article of tests/corpus for `digest`; pairs of
# them joined by a NUL byte,
# the split the `compare` target makes, for `compare`. Idempotent; run from anywhere.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$here/corpus/digest" "$here/corpus/compare"
articles=("$here"/../tests/corpus/*.txt)
for f in "${articles[@]}"; do
    cp "$f" "$here/corpus/digest/$(basename "$f")"
done
# A few awkward inputs the articles do not have.
printf '' >"$here/corpus/digest/empty"
printf ' \r\n\t\r\n  ' >"$here/corpus/digest/whitespace"
printf 'He said \xe2\x80\x9cyes.\xe2\x80\x9d\r\n\r\nShe said "no." \x00 \xff\xfe' >"$here/corpus/digest/bytes"
printf '\xd9\x82\xd8\xa7\xd9\x84 \xe5\x8c\x97\xe4\xba\xac \xf0\x9f\x98\x80 e\xcc\x81 $1.5 billion, up 10%% on July 23.' \
    >"$here/corpus/digest/scripts"
local_articles=("$here"/../tests/corpus/*.txt)
for ((i = 0; i + 1 < ${#local_articles[@]}; i++)); do
    a="${local_articles[$i]}"
    b="${local_articles[$((i + 1))]}"
    { cat "$a"; printf '\0'; cat "$b"; } >"$here/corpus/compare/$(basename "$a" .txt)+$(basename "$b" .txt)"
    { cat "$a"; printf '\0'; cat "$a"; } >"$here/corpus/compare/$(basename "$a" .txt)+itself"
done
echo "seeded: $(ls "$here/corpus/digest" | wc -l) digest, $(ls "$here/corpus/compare" | wc -l) compare"
