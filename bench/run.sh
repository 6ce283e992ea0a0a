#!/usr/bin/env bash
# Benchmarks: starts the host (Release, a fresh SQLite folder, demo data) on a loopback port, runs bounded
# HTTP loads with bench/HttpLoad, prints latency percentiles, requests/second and the host's peak memory.
# Usage: bench/run.sh [scenario ...]   (default: all; see the scenario functions below)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
port="${BENCH_PORT:-5199}"
base="http://127.0.0.1:$port"
data="$(mktemp -d /tmp/salessuite-bench.XXXXXX)"
out="$root/bench/results"
mkdir -p "$out"
dotnet build "$root/Host" -c Release -v q -nologo >/dev/null
dotnet build "$root/bench/HttpLoad" -c Release -v q -nologo >/dev/null
load() { dotnet "$root/bench/HttpLoad/bin/Release/net10.0/SalesSuite.Bench.HttpLoad.dll" --base "$base" "$@"; }

start_host() {
  ASPNETCORE_ENVIRONMENT=Production Database__DataFolder="$data" Demo__Seed=true Logging__LogLevel__Default=Warning \
    dotnet "$root/Host/bin/Release/net10.0/SalesSuite.Host.dll" --urls "$base" --contentRoot "$root/Host" >"$out/host.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 120); do curl -sf "$base/healthz" >/dev/null && return 0; sleep 0.5; done
  echo "host did not start; see $out/host.log" >&2; exit 1
}
stop_host() { kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; }
peak_memory() { grep -E 'VmHWM' "/proc/$host_pid/status" | awk '{printf "host peak RSS %.0f MiB\n", $2/1024}'; }
trap 'stop_host; rm -rf "$data"' EXIT

scenario_platform() {
  load --label "healthz" --path /healthz --requests 2000 --concurrency 8
  load --label "home page (signed in)" --user director --path / --requests 500 --concurrency 4
  load --label "bell count (htmx poll)" --user sales01 --method GET-HTMX --path "/Notifications?handler=Count" --requests 2000 --concurrency 8
}

start_host
scenarios="${*:-platform}"
{
  echo "# $(date -u +%FT%TZ) $(nproc) cores"
  for s in $scenarios; do "scenario_$s"; done
  peak_memory
} | tee "$out/latest.txt"
