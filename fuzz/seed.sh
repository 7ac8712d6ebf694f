#!/usr/bin/env bash
# Lays the seed corpus for the fuzz targets: every article of tests/corpus for `digest`; pairs of
# them joined by a NUL byte,
# the split the `compare` target makes, for `compare`; for `html_text`, every known XSS vector
# (tests/data/xss-vectors.txt, one a file), every article as HTML paragraphs, and a page with
# each kind of element the walk treats apart. Idempotent; run from anywhere.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$here/corpus/digest" "$here/corpus/compare" "$here/corpus/html_text"
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
html="$here/corpus/html_text"
n=0
while IFS= read -r vector; do
    [[ -z "${vector// /}" ]] && continue
    n=$((n + 1))
    printf '%s' "$vector" >"$html/xss-$n"
done <"$here/../tests/data/xss-vectors.txt"
for f in "${articles[@]}"; do
    # Paragraphs (blank-line separated) each in a <p>, the text escaped.
    sed -e 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g' "$f" |
        awk 'BEGIN { RS = ""; print "<!doctype html><title>t</title><body>" } { print "<p>" $0 "</p>" }' \
            >"$html/$(basename "$f" .txt).html"
done
cat >"$html/elements.html" <<'HTML'
<h1>Heading</h1><nav>menu</nav><p hidden>gone</p><p>One <b>two</b><br>three <img src=x alt="a [view]"></p>
<ol><li>first<li>second<ul><li>inner</ul></ol><blockquote><p>quoted</p>after</blockquote>
<pre>
  kept   spacing
</pre><table><tr><td>a<td>b<tr><th>c</table><figure><figcaption>cap</figcaption></figure>
<template><p>inert</p></template><svg><p>out</svg><math><mi><p>x</math><frameset><frame></frameset>
HTML
echo "seeded: $(ls "$here/corpus/digest" | wc -l) digest, $(ls "$here/corpus/compare" | wc -l) compare, $(ls "$html" | wc -l) html_text"
