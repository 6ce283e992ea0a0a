#!/usr/bin/env bash
# Opens the main pages on a generated data folder as the demo logins and a generated salesperson; fails on any status
# other than 200. Development by default: Production sets cookies https-only, so a sign-in over http cannot work.
# Usage: bench/DataGen/verify.sh <data folder> [port]   (after `dotnet build Host`)
set -euo pipefail
data="$(cd "$1" && pwd)"
port="${2:-5291}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
base="http://127.0.0.1:$port"
log="${VERIFY_LOG:-$(mktemp)}"
ASPNETCORE_ENVIRONMENT="${VERIFY_ENVIRONMENT:-Development}" Database__DataFolder="$data" PublicBaseUrl="$base" \
  dotnet "$root/Host/bin/Debug/net10.0/SalesSuite.Host.dll" --urls "$base" --contentRoot "$root/Host" >"$log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "$base/Account/Login" && break
  sleep 1
done
sales01="$(sqlite3 "$data/platform.db" "SELECT Id FROM AspNetUsers WHERE UserName = 'sales01'")"
s0001="$(sqlite3 "$data/platform.db" "SELECT Id FROM AspNetUsers WHERE UserName = 's0001'")"
demo_customer="$(sqlite3 "$data/leads.db" "SELECT lower(Id) FROM Customers WHERE OwnerId = '$sales01' LIMIT 1")"
gen_customer="$(sqlite3 "$data/leads.db" "SELECT lower(Id) FROM Customers WHERE OwnerId = '$s0001' ORDER BY CreatedAt DESC LIMIT 1")"
token="$(head -n 1 "$data/bench-tokens.txt")"
failed=0
page_out="$(mktemp)"
check() { # user path
  local code
  local started; started=$(date +%s%N)
  code="$(curl -s -o "$page_out" -w '%{http_code}' -b "$jar" "$base$2")"
  printf '%-10s %-58s %s %6d ms %8d bytes\n' "$1" "$2" "$code" $(( ($(date +%s%N) - started) / 1000000 )) "$(wc -c <"$page_out")"
  [ "$code" = 200 ] || failed=1
}
for user in director mgr.east sales01 s0001 m01 finance; do
  jar="$(mktemp)"
  form="$(curl -s -c "$jar" -b "$jar" "$base/Account/Login")"
  anti="$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$form" | head -n1 | sed 's/.*value="//; s/"$//')"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.UserName=$user" --data-urlencode "Input.Password=Demo@2026" \
    --data-urlencode "__RequestVerificationToken=$anti" "$base/Account/Login"
  case $user in sales01|mgr.east) customer=$demo_customer ;; *) customer=$gen_customer ;; esac
  pages=(/Leads/Pool /Leads/Deals /Leads/Leads "/Leads/Customers/Detail/$customer" /Quotes)
  [ "$user" = finance ] && pages=(/Quotes)
  for page in "${pages[@]}"; do
    check "$user" "$page"
  done
done
jar="$(mktemp)"
check public "/q/$token"
check public "/q/$token"
if grep -qi "exception\|fail:" "$log"; then
  echo "host log has errors:"; grep -i -m 20 "exception\|fail:" "$log"; failed=1
fi
exit $failed
