#!/usr/bin/env bash
# Adds a migration for both providers (Sqlite, SqlServer) to one project, or to all of them.
#   tools/add-migration.sh <MigrationName> [Host|Leads|Quotes|Collections|Stores|Goals|Health ...]
# EF's scaffolder overwrites any file named <Context>ModelSnapshot.cs it finds in the project, so the
# other provider's snapshot is hidden while one provider's migration is generated.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?migration name}"
shift || true
targets="${*:-Host Leads Quotes Collections Stores Goals Health}"
dotnet tool restore >/dev/null
for t in $targets; do
  if [ "$t" = Host ]; then proj=Host; ctx=HostDbContext; else proj=Modules/$t; ctx=${t}DbContext; fi
  dotnet build "$proj" -v q -nologo >/dev/null
  for provider in Sqlite SqlServer; do
    other=$([ "$provider" = Sqlite ] && echo SqlServer || echo Sqlite)
    hidden="$proj/Data/Migrations/$other/${ctx}ModelSnapshot.cs"
    [ -f "$hidden" ] && mv "$hidden" "$hidden.hidden"
    dotnet ef migrations add "$name" --no-build --project "$proj" --startup-project "$proj" --context "$ctx" \
      --output-dir "Data/Migrations/$provider" -- --provider "$provider" || { [ -f "$hidden.hidden" ] && mv "$hidden.hidden" "$hidden"; exit 1; }
    [ -f "$hidden.hidden" ] && mv "$hidden.hidden" "$hidden"
  done
done
# The model changed: the compiled models (SQLite) of the same projects are generated again (CompiledModelsTests checks them).
tools/optimize-models.sh $targets
