using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.OperationLog;

namespace SalesSuite.SharedKernel.Persistence;

/// <summary>
/// What <see cref="KernelSaveChangesInterceptor"/> needs of one DbContext instance: the user and the operation of the DI
/// scope that created it, and the state of the save in progress (the versions this attempt bumped, whether it wrote an
/// outbox message). Attached when DI creates a module's context (<see cref="DbContextRegistration.AddModuleDbContext{TContext}"/>),
/// so the context's options, which EF would otherwise rebuild for every scope, are built once per process.
/// </summary>
/// <remarks>
/// The table holds the context weakly: the state goes with its context. A context is used by one thread at a time, so the
/// per-save fields need no lock; two contexts (in one scope or in concurrent scopes) never share an instance.
/// </remarks>
internal sealed class KernelSaveScope(ICurrentUser currentUser, IOperationContext operation)
{
    private static readonly ConditionalWeakTable<DbContext, KernelSaveScope> Scopes = new();

    public ICurrentUser CurrentUser { get; } = currentUser;

    public IOperationContext Operation { get; } = operation;

    /// <summary>The save in progress added an outbox message: wake the dispatcher after its commit.</summary>
    public bool OutboxWritten { get; set; }

    /// <summary>The versions the save in progress stepped; stepped back when it fails.</summary>
    public List<IVersioned> Bumped { get; set; } = [];

    /// <summary>
    /// Binds <paramref name="context"/> to the user and operation of <paramref name="scope"/>, the scope that leased it; a
    /// pooled context leased again is bound anew.
    /// </summary>
    public static TContext Attach<TContext>(TContext context, IServiceProvider scope)
        where TContext : DbContext
    {
        Scopes.AddOrUpdate(context, new KernelSaveScope(scope.GetRequiredService<ICurrentUser>(), scope.GetRequiredService<IOperationContext>()));
        return context;
    }

    public static KernelSaveScope Of(DbContext context) =>
        Scopes.TryGetValue(context, out var scope)
            ? scope
            : throw new InvalidOperationException(
                $"{context.GetType().Name} was not created by dependency injection, so it has no user or operation to log its changes "
                + "with: resolve it from a scope instead of calling its constructor with the registered options.");
}
