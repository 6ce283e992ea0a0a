#!/usr/bin/env bash
# Regenerates the EF Core compiled models (SQLite) of one project, or of all of them, into <project>/Data/CompiledModels.
#   tools/optimize-models.sh [Host|Leads|Quotes|Collections|Stores|Goals|Health ...]
# Run it after any change to a context's model (entity, configuration, convention, EF upgrade); add-migration.sh does
# it for the projects it touches. CompiledModelsTests fails while a compiled model differs from the model the code builds.
# The generated assembly attribute ([DbContextModel]) is deleted: with it EF would use this SQLite model on SQL Server
# too; the kernel finds the model by its name and hands it to EF for SQLite only (DbContextRegistration.CompiledSqliteModel).
set -euo pipefail
cd "$(dirname "$0")/.."
targets="${*:-Host Leads Quotes Collections Stores Goals Health}"
dotnet tool restore >/dev/null
built=""
for t in $targets; do
  if [ "$t" = Host ]; then proj=Host; ctx=HostDbContext; else proj=Modules/$t; ctx=${t}DbContext; fi
  # One build of the host builds every module; dotnet-ef then runs without building again.
  [ -n "$built" ] || { dotnet build Host -v q -nologo >/dev/null; built=1; }
  out="$proj/Data/CompiledModels"
  rm -rf "$out"
  dotnet ef dbcontext optimize --no-build --project "$proj" --startup-project "$proj" --context "$ctx" \
    --output-dir Data/CompiledModels --namespace "SalesSuite.$t.Data.CompiledModels" -- --provider Sqlite >/dev/null
  rm -f "$out/${ctx}AssemblyAttributes.cs"
  echo "$out: $(ls "$out" | wc -l) files"
done
