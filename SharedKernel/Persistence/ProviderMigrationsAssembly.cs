#pragma warning disable EF1001 // MigrationsAssembly is internal API; pinned EF 10.0.x, see docs/adr/0002-provider-strategy.md
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace SalesSuite.SharedKernel.Persistence;

/// <summary>
/// One DbContext, two migration sets: keeps only the migrations (and snapshot) whose namespace ends
/// with the active provider's folder name (".Sqlite" or ".SqlServer").
/// </summary>
internal sealed class ProviderMigrationsAssembly(
    ICurrentDbContext currentContext,
    IDbContextOptions options,
    IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    private readonly Type _contextType = currentContext.Context.GetType();
    private readonly string _suffix = "." + (currentContext.Context.Database.IsSqlServer() ? "SqlServer" : "Sqlite");
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotResolved;

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        _migrations ??= base.Migrations
            .Where(m => m.Value.Namespace?.EndsWith(_suffix, StringComparison.Ordinal) == true)
            .ToDictionary(m => m.Key, m => m.Value);

    public override ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!_snapshotResolved)
            {
                _snapshot = Assembly.GetTypes()
                    .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(ModelSnapshot))
                                && t.Namespace?.EndsWith(_suffix, StringComparison.Ordinal) == true
                                && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType)
                    .Select(t => (ModelSnapshot)Activator.CreateInstance(t)!)
                    .FirstOrDefault();
                _snapshotResolved = true;
            }
            return _snapshot;
        }
    }
}
