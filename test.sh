#!/usr/bin/env bash
# The one test command: installs what the tests need, builds once, runs every test project,
# and ends with "N passed, N failed, N skipped" (totals over all projects).
set -euo pipefail
cd "$(dirname "$0")"

if [[ ! -x /usr/bin/chromium && -z "${CHROMIUM_PATH:-}" ]]; then
  echo "Installing Debian chromium for the browser tests..."
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# PDFs are set in a CJK font (SharedKernel/Pdf/PdfFonts.cs); Debian's fonts-wqy-microhei is the first one looked for.
if [[ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc && -z "${Pdf__FontPath:-}" ]]; then
  echo "Installing the CJK font for the PDF tests..."
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-wqy-microhei >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
dotnet build SalesSuite.sln -c Release -nologo -v quiet

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
status=0
# The host must publish (how it is deployed, docs/deployment.md): a packaging mistake fails here, not on a server.
echo "== publish"
if ! dotnet publish Host -c Release --no-build -nologo -v quiet -o "$results/publish"; then
  status=1
fi
for project in tests/*/*.Tests.csproj; do
  name="$(basename "$project" .csproj)"
  echo "== $name"
  if ! dotnet test "$project" --no-build -c Release --nologo \
      --logger "trx;LogFileName=$name.trx" --results-directory "$results" --logger "console;verbosity=minimal"; then
    status=1
  fi
done

# Totals from the TRX <Counters .../> element of every project (bash only: no extra tools needed).
passed=0 failed=0 skipped=0 total=0
counter() { grep -o "$1=\"[0-9]*\"" <<<"$2" | head -1 | grep -o '[0-9]*' || echo 0; }
for trx in "$results"/*.trx; do
  [[ -e "$trx" ]] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  total=$((total + $(counter total "$counters")))
  passed=$((passed + $(counter passed "$counters")))
  failed=$((failed + $(counter failed "$counters") + $(counter error "$counters") + $(counter timeout "$counters") + $(counter aborted "$counters")))
  skipped=$((skipped + $(counter notExecuted "$counters")))
done
if [[ "$total" -eq 0 || "$passed" -eq 0 ]]; then
  echo "No test ran." >&2
  status=1
fi
if [[ "$failed" -ne 0 ]]; then status=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
