#!/usr/bin/env bash
# Latency of `indicators serve` under load: wrk on loopback, CONNECTIONS connections for SECONDS
# seconds per page, against the sample database; prints p50 and p99 of each page, on SQLite and,
# when INDICATORS_TEST_POSTGRES_URL names a server (`make bench-serve` starts a throwaway one with
# scripts/with-postgres.sh), on PostgreSQL too; then issue 24's goals beside the figures (series
# page p99 <= 50 ms, report page p99 <= 100 ms). Every request carries a viewer's token
# (Authorization: Bearer), as a signed-in colleague's would.
# Usage: [scripts/with-postgres.sh] bench/serve_latency.sh BINARY [SECONDS] [CONNECTIONS]
set -euo pipefail
binary=$1
seconds=${2:-20}
connections=${3:-20}
work=$(mktemp -d)
server=
trap '[ -z "$server" ] || kill "$server" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

# wrk prints latencies as 12.34ms, 1.02s or 850.00us; convert to milliseconds.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }

# bench BACKEND DB: serves DB and measures each page; appends rows to $work/table and $work/goals.
bench() {
  local backend=$1 db=$2
  "$binary" init --db "$db" >/dev/null 2>&1
  local token
  token=$("$binary" user add bench --role viewer --db "$db" 2>/dev/null)
  "$binary" serve --db "$db" --port 0 2>"$work/serve.err" &
  server=$!
  for _ in $(seq 100); do
    grep -q "serving" "$work/serve.err" && break
    sleep 0.1
  done
  local base
  base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.err" | head -1)
  [ -n "$base" ] || { cat "$work/serve.err"; exit 1; }
  for page in / /series/gdp/mianyang '/report?region=mianyang'; do
    wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${seconds}s" --timeout 30s --latency -H "Authorization: Bearer $token" "$base$page" >"$work/wrk.txt"
    local p50 p99 rate errors
    p50=$(ms "$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")")
    p99=$(ms "$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")")
    rate=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$work/wrk.txt")
    errors=$(grep -E 'Non-2xx|Socket errors' "$work/wrk.txt" || true)
    printf '| %s | %s | %s | %s | %s |\n' "$backend" "$page" "$rate" "$p50" "$p99" >>"$work/table"
    [ -z "$errors" ] || echo "  $backend $page: $errors" >>"$work/table"
    case $page in
      /series/*) goal=50 ;;
      /report*) goal=100 ;;
      *) goal= ;;
    esac
    if [ -n "$goal" ]; then
      met=$(awk -v p="$p99" -v g="$goal" 'BEGIN { print (p <= g) ? "met" : "not met" }')
      printf '| %s | %s | %s | <= %s | %s |\n' "$backend" "$page" "$p99" "$goal" "$met" >>"$work/goals"
    fi
  done
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  server=
}

bench SQLite "$work/bench.sqlite"
if [ -n "${INDICATORS_TEST_POSTGRES_URL:-}" ]; then
  bench PostgreSQL "${INDICATORS_TEST_POSTGRES_URL%/*}/bench_serve_$$"
fi
printf '| backend | page | requests/s | p50 ms | p99 ms |\n|---|---|---:|---:|---:|\n'
cat "$work/table"
printf '\nGoals (issue 24), %s connections:\n\n| backend | page | p99 ms | goal ms | |\n|---|---|---:|---:|---|\n' "$connections"
cat "$work/goals"
