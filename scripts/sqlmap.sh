#!/usr/bin/env bash
# sqlmap (Debian package) against FocalPoint's public and staff endpoints. Exits 1 if sqlmap finds any
# injection point. Run by .ci/run after the test suites; locally: bash scripts/sqlmap.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlmap >/dev/null || { echo "sqlmap is not installed (Debian: apt-get install sqlmap)"; exit 1; }
NODE="$(pwd)/node_modules/.bin/node"
out=$(mktemp -d /tmp/fp-sqlmap.XXXXXX)
"$NODE" scripts/security-server.ts > "$out/server.json" &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do [ -s "$out/server.json" ] && break; sleep 0.2; done
[ -s "$out/server.json" ] || { echo "the server did not start"; exit 1; }
field() { "$NODE" -e "process.stdout.write(String(JSON.parse(require('fs').readFileSync('$out/server.json','utf8'))['$1']))"; }
base=$(field baseUrl); cookie=$(field cookie); case_id=$(field caseId); receipt=$(field receipt)

common=(--batch --level=2 --risk=1 --technique=BEUST --time-sec=2 --flush-session --disable-coloring
        --output-dir="$out/sqlmap" --random-agent --skip=fp_session)
found=0
count=0
run() {
  local name=$1; shift
  count=$((count + 1))
  printf '\n--- sqlmap: %s\n' "$name"
  local log
  log=$(timeout 600 sqlmap "${common[@]}" "$@" 2>&1 || true)
  if grep -q 'identified the following injection point' <<<"$log"; then
    echo "$log" | grep -A8 'identified the following injection point'
    found=1
  else
    echo "$log" | grep -E "not injectable|do not appear to be injectable|all tested parameters|testing .*parameter|HTTP error codes" | tail -n 6 || echo "$log" | tail -n 3
  fi
}
run "public report (JSON)" -u "$base/api/v1/reports" --method POST --headers="Content-Type: application/json" \
  --data='{"language":"en","narrative":"test*","incident":{"city":"Toronto*"},"tactics":["doxxing"]}'
run "public report (form)" -u "$base/api/v1/reports" --method POST --data='narrative=test&language=en' -p narrative,language
run "follow-up (receipt header)" -u "$base/api/v1/followup" --headers="Authorization: Receipt ${receipt}*"
run "case list filters" -u "$base/api/v1/cases?reference=FP-2345678&status=new&risk=high&page=1" --cookie="$cookie"
run "case view" -u "$base/api/v1/cases/${case_id}*" --cookie="$cookie"
run "search" -u "$base/api/v1/search?q=family&province=ON" --cookie="$cookie"
run "public statistics" -u "$base/api/v1/public/statistics?year=2026"
if [ $found -ne 0 ]; then echo "sqlmap FOUND an injection point"; exit 1; fi
echo "sqlmap found no injection point in $count targets"
