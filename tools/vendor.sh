#!/usr/bin/env bash
# Re-vendors the client libraries listed in libman.json from the npm registry (LibMan itself is not available here).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$root/libman.json" <<'PY' > "$work/list"
import json, sys
for lib in json.load(open(sys.argv[1]))["libraries"]:
    print(lib["library"], lib["destination"], " ".join(lib["files"]))
PY
while read -r library destination files; do
  (cd "$work" && npm pack "$library" --silent >/dev/null && mkdir -p "$library" && tar xzf ./*.tgz -C "$library" && rm ./*.tgz)
  mkdir -p "$root/$destination"
  for f in $files; do cp "$work/$library/package/$f" "$root/$destination/$(basename "$f")"; done
  echo "vendored $library -> $destination"
done < "$work/list"
