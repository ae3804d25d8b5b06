#!/usr/bin/env bash
# Web load test: a 100,000-entry SQLite ledger, `pledgewatch serve` on loopback, and wrk (Debian's package) from a
# second process with 100 connections for 20 s per endpoint: the rankings API and random entry pages.
# Not part of `dotnet test`. Usage: benchmarks/Pledgewatch.Web.LoadTest/run.sh [ENTRIES] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
entries=${1:-100000}
seconds=${2:-20}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
work=$(mktemp -d /tmp/pledgewatch-load.XXXXXX)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build -c Release src/Pledgewatch.Cli >/dev/null
dotnet run -c Release --project benchmarks/Pledgewatch.Web.LoadTest -- "$work/ledger.db" "$entries"

port=5181
while ss -ltn 2>/dev/null | grep -q ":$port "; do port=$((port + 1)); done
Pledgewatch__ApiPermitsPerMinute=0 src/Pledgewatch.Cli/bin/Release/net10.0/pledgewatch serve --db "$work/ledger.db" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/api/v1/rankings" >/dev/null && break; sleep 1; done

echo "== rankings API: GET /api/v1/rankings, 100 connections, ${seconds}s"
timeout $((seconds + 30)) wrk -t2 -c100 -d"${seconds}s" --timeout 10s --latency "http://127.0.0.1:$port/api/v1/rankings"
echo "== entry pages: GET /entries/{random id}, 100 connections, ${seconds}s"
ENTRIES=$entries timeout $((seconds + 30)) wrk -t2 -c100 -d"${seconds}s" --timeout 10s --latency -s benchmarks/Pledgewatch.Web.LoadTest/entries.lua "http://127.0.0.1:$port"
