#!/usr/bin/env bash
# Latency of `indicators serve` under load: wrk on loopback, CONNECTIONS connections for SECONDS
# seconds per page, against the sample database; prints p50 and p99 of each page. Every request
# carries a viewer's token (Authorization: Bearer), as a signed-in colleague's would.
# Usage: bench/serve_latency.sh BINARY [SECONDS] [CONNECTIONS]
set -euo pipefail
binary=$1
seconds=${2:-20}
connections=${3:-20}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
"$binary" init --db "$work/bench.sqlite" >/dev/null 2>&1
token=$("$binary" user add bench --role viewer --db "$work/bench.sqlite" 2>/dev/null)
"$binary" serve --db "$work/bench.sqlite" --port 0 2>"$work/serve.err" &
server=$!
for _ in $(seq 100); do
  grep -q "serving" "$work/serve.err" && break
  sleep 0.1
done
base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.err" | head -1)
[ -n "$base" ] || { cat "$work/serve.err"; exit 1; }
printf '| page | requests/s | p50 ms | p99 ms |\n|---|---:|---:|---:|\n'
for page in / /series/gdp/mianyang '/report?region=mianyang'; do
  wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${seconds}s" --timeout 30s --latency -H "Authorization: Bearer $token" "$base$page" >"$work/wrk.txt"
  # wrk prints latencies as 12.34ms, 1.02s or 850.00us; convert to milliseconds.
  ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }
  p50=$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")
  rate=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$work/wrk.txt")
  errors=$(grep -E 'Non-2xx|Socket errors' "$work/wrk.txt" || true)
  printf '| %s | %s | %s | %s |\n' "$page" "$rate" "$(ms "$p50")" "$(ms "$p99")"
  [ -z "$errors" ] || echo "  $errors"
done
