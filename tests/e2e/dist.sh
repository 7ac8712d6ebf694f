#!/usr/bin/env bash
# End to end against the built site: serves dist/ from a sub-folder (as a static host would),
# opens it in headless Chromium with an example selected, and checks that the app started
# under its Content-Security-Policy and rendered the article. Also checks that the page asked
# for nothing but its own files.
#
#   tests/e2e/dist.sh [DIST]    (default: dist)
set -euo pipefail
cd "$(dirname "$0")/../.."
dist="${1:-dist}"
[[ -f "$dist/index.html" ]] || { echo "no $dist/index.html: run trunk build --release first" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/site/some/sub"
cp -r "$dist" "$work/site/some/sub/lede"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" 2>"$work/requests.log" >/dev/null &
server=$!
for _ in $(seq 50); do
    python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/some/sub/lede/favicon.svg')" 2>/dev/null && break
    sleep 0.1
done

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
"$browser" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --virtual-time-budget=15000 \
    --dump-dom "http://127.0.0.1:$port/some/sub/lede/?example=seed-reuters" >"$work/dom.html" 2>"$work/chromium.log"

failures=0
check() { # check DESCRIPTION PATTERN: the rendered DOM must contain PATTERN
    if grep -qF -- "$2" "$work/dom.html"; then
        echo "ok   $1"
    else
        echo "FAIL $1: rendered page lacks $2"
        failures=$((failures + 1))
    fi
}
check "CSP meta tag present" 'http-equiv="Content-Security-Policy"'
check "the app mounted (masthead)" '<h1 class="brand">Lede</h1>'
check "the article header shows the headline" '<h2 id="p-headline" class="headline"><span id="s-0" class="sentence">Kyrgyz opposition in Russia after disputed vote</span></h2>'
check "the byline is picked out" '<span class="byline">By Olga Dzyubenko</span>'
check "the body starts at the wire dateline" '<span class="dateline">BISHKEK, July 27 (Reuters) -</span>'
check "page chrome is listed apart" 'Removed from the page (2 lines)'
check "panels are reserved" 'Key figures'

# Every request the page made must be for its own files under the sub-folder.
foreign=$(grep -oE '"GET [^ ]+' "$work/requests.log" | sed 's/"GET //' | grep -v '^/some/sub/lede/' || true)
if [[ -n "$foreign" ]]; then
    echo "FAIL the page requested files outside its folder:"; echo "$foreign"
    failures=$((failures + 1))
else
    echo "ok   only the page's own files were requested ($(grep -c '"GET ' "$work/requests.log") requests)"
fi

if (( failures > 0 )); then
    echo "--- rendered DOM (first 3000 bytes)"; head -c 3000 "$work/dom.html"; echo
    exit 1
fi
