#!/usr/bin/env bash
# Browser test of the dashboard: ingests samples/ into a fresh store, starts
# `warta serve` on a free loopback port, loads the overview, an event and an
# article in headless Chromium, checks that the map, timeline and highlighted
# article rendered, and keeps screenshots in target/screenshots/.
#
# Installs Debian's chromium when it is missing (needs root, as on CI).
# usage: scripts/browser_test.sh [path/to/warta]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/debug/warta}
out=target/screenshots
mkdir -p "$out"

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (Debian package)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || { echo "browser test: cannot install chromium"; exit 1; }
fi

db=$(mktemp -d)/browser.db
inputs=(samples/)
seed=../shared/eval/seed/000_10b382b21a4f655d.txt
[ -f "$seed" ] && inputs+=("$seed")   # the reference article, when the eval data is beside the clone
"$bin" ingest --db "$db" "${inputs[@]}" >/dev/null 2>&1 || true   # exit 1 is fine: what was stored is checked below
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bin" serve --db "$db" --addr "127.0.0.1:$port" >"$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break
  sleep 0.2
done

chrome() {
  local user_dir
  user_dir=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$user_dir" --window-size=1400,1800 --virtual-time-budget=8000 "$@" 2>/dev/null
}

fail=0
passed=0
failed=0
check() { # name, file, pattern
  if grep -q -- "$3" "$2"; then echo "ok   $1"; passed=$((passed + 1))
  else echo "FAIL $1 (no '$3' in $2)"; fail=1; failed=$((failed + 1)); fi
}

base="http://127.0.0.1:$port"
chrome --dump-dom "$base/#/" > "$out/overview.html"
chrome --screenshot="$out/overview.png" "$base/#/" >/dev/null
check "overview rendered" "$out/overview.html" 'data-ready="overview"'
check "map has countries" "$out/overview.html" 'class="land"'
check "map has events" "$out/overview.html" 'class="event q'
check "timeline has bars" "$out/overview.html" '<rect'
check "network has nodes" "$out/overview.html" 'class="node"'
if [ -f "$seed" ]; then
  # The reference article's events sit at Vladivostok and Pyongyang.
  chrome --dump-dom "$base/#/" > "$out/overview.html"
  curl -sf "$base/api/events?q=Vladivostok&limit=200" > "$out/seed-events.json"
  check "reference article events at Vladivostok" "$out/seed-events.json" '"place_name":"Vladivostok"'
  check "reference article events at Pyongyang" "$out/seed-events.json" '"place_name":"Pyongyang"'
  query="q=Vladivostok&"
else
  query=""
fi
# An event with a place, and the article that first reported it.
pick=$(curl -sf "$base/api/events?${query}limit=200" | python3 -c '
import json, sys
items = json.load(sys.stdin)["items"]
placed = [e for e in items if e.get("lat") is not None] or items
print(placed[0]["id"], placed[0]["first_article_id"]) if placed else print("")')
event=${pick%% *}
article=${pick##* }
if [ -n "$event" ]; then
  chrome --dump-dom "$base/#/event/$event" > "$out/event.html"
  chrome --screenshot="$out/event.png" "$base/#/event/$event" >/dev/null
  check "event view rendered" "$out/event.html" 'data-ready="event"'
else
  echo "FAIL no event in the store"; fail=1
fi
if [ -n "$article" ]; then
  chrome --dump-dom "$base/#/article/$article" > "$out/article.html"
  chrome --screenshot="$out/article.png" "$base/#/article/$article" >/dev/null
  check "article view rendered" "$out/article.html" 'data-ready="article"'
  check "article has highlighted entities" "$out/article.html" 'class="ann PERSON"'
  check "article has highlighted events" "$out/article.html" 'class="ann event'
else
  echo "FAIL no article in the store"; fail=1
fi
echo "screenshots: $out/overview.png $out/event.png $out/article.png"
echo "browser test: $passed passed, $failed failed"
exit $fail
