#!/usr/bin/env bash
# Generates the settled slice of a module (docs/adding-a-module.md, ADR 0008) from tools/templates/slice:
# aggregate, EF configuration, input + validator, commands, queries, list/create page, resource keys (zh-CN + en),
# optionally an idempotent handler for an event of another module, and tests/<Module>.Tests if it does not exist.
#   tools/new-slice.sh <Module> <Entity> <Entities> [<Event> <EventModule>]
#   e.g. tools/new-slice.sh Collections Receivable Receivables QuoteAccepted Quotes
# Then: add a migration (tools/add-migration.sh <Name> <Module>), map the event's fields in the handler, build.
set -euo pipefail
cd "$(dirname "$0")/.."
module="${1:?module}" entity="${2:?entity}" entities="${3:?plural}" event="${4:-}" event_module="${5:-}"
src=tools/templates/slice
dest="Modules/$module"
[ -d "$dest" ] || { echo "No module $dest (create the module first, see docs/adding-a-module.md)" >&2; exit 1; }
lower="$(echo "$entity" | tr '[:upper:]' '[:lower:]')"

render() { # template -> target
  local target="$2"
  [ -e "$target" ] && { echo "exists, kept: $target"; return; }
  mkdir -p "$(dirname "$target")"
  sed -e "s/__Module__/$module/g" -e "s/__Entities__/$entities/g" -e "s/__Entity__/$entity/g" \
      -e "s/__entity__/$lower/g" -e "s/__Event__/$event/g" -e "s/__EventModule__/$event_module/g" "$1" > "$target"
  echo "created: $target"
}

while IFS= read -r template; do
  rel="${template#$src/}"
  case "$rel" in tests/*|IntegrationEventHandlers/*) continue ;; esac
  rel="${rel%.template}"
  rel="$(echo "$rel" | sed -e "s/__Module__/$module/g" -e "s/__Entities__/$entities/g" -e "s/__Entity__/$entity/g")"
  render "$template" "$dest/$rel"
done < <(find "$src" -type f -name '*.template' | sort)

if [ -n "$event" ]; then
  render "$src/IntegrationEventHandlers/__Event__Handler.cs.template" "$dest/IntegrationEventHandlers/${event}Handler.cs"
  csproj="$dest/$module.csproj"
  ref="../$event_module/$event_module.Contracts/$event_module.Contracts.csproj"
  grep -q "$event_module.Contracts.csproj" "$csproj" || \
    sed -i "s#<ProjectReference Include=\"$module.Contracts\\\\$module.Contracts.csproj\" />#&\n    <ProjectReference Include=\"$ref\" />#" "$csproj"
fi

# DbSet on the module's context (once).
ctx="$dest/Data/${module}DbContext.cs"
grep -q "DbSet<$entity>" "$ctx" || python3 - "$ctx" "$module" "$entity" "$entities" <<'PY'
import re, sys
path, module, entity, entities = sys.argv[1:]
s = open(path).read()
if f"using SalesSuite.{module}.Domain;" not in s:
    s = s.replace("using SalesSuite.SharedKernel.Persistence;", f"using SalesSuite.{module}.Domain;\nusing SalesSuite.SharedKernel.Persistence;")
s = re.sub(r'(public override string Schema => "[a-z]+";\n)', r'\1\n    public DbSet<%s> %s => Set<%s>();\n' % (entity, entities, entity), s, count=1)
open(path, "w").write(s)
PY

# Resource keys in both languages (existing keys are kept).
python3 - "$dest/Resources" "$entity" "$entities" <<'PY'
import json, sys, collections
folder, entity, entities = sys.argv[1:]
keys = {
  "zh-CN": {f"{entities}_Title": f"{entities}", f"{entity}_Field_Title": "名称", f"{entity}_Field_Amount": "金额",
            f"{entity}_Created": "已创建：{0}", f"{entity}_Error_TitleRequired": "请填写名称。",
            f"{entity}_Error_TitleTooLong": "名称最多 {0} 个字符。", f"{entity}_Error_Amount": "金额须大于 0，最多两位小数。"},
  "en": {f"{entities}_Title": f"{entities}", f"{entity}_Field_Title": "Title", f"{entity}_Field_Amount": "Amount",
         f"{entity}_Created": "Created: {0}", f"{entity}_Error_TitleRequired": "Enter a title.",
         f"{entity}_Error_TitleTooLong": "The title can have at most {0} characters.",
         f"{entity}_Error_Amount": "The amount must be above 0 with at most two decimals."},
}
for lang, new in keys.items():
    path = f"{folder}/strings.{lang}.json"
    data = json.load(open(path, encoding="utf-8"), object_pairs_hook=collections.OrderedDict)
    for k, v in new.items():
        data.setdefault(k, v)
    open(path, "w", encoding="utf-8").write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
PY

# The module's test project, once.
tests="tests/$module.Tests"
if [ ! -d "$tests" ]; then
  render "$src/tests/Project.csproj.template" "$tests/$module.Tests.csproj"
  render "$src/tests/AssemblyInfo.cs.template" "$tests/AssemblyInfo.cs"
  dotnet sln SalesSuite.sln add --solution-folder tests "$tests/$module.Tests.csproj" >/dev/null
fi
render "$src/tests/Domain/__Entity__Tests.cs.template" "$tests/Domain/${entity}Tests.cs"
echo "Next: tools/add-migration.sh ${entities} $module; fill in the handler; dotnet build; ./test.sh"
