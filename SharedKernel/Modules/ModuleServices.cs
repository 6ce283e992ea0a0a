using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace SalesSuite.SharedKernel.Modules;

/// <summary>
/// Registration by convention (Scrutor, one module assembly, internal types included), so a module registers
/// nothing by hand: classes named *Commands, *Queries, *Service, *Work or *Seeder are scoped services of their own
/// type; FluentValidation validators are registered as <c>IValidator&lt;T&gt;</c>. ADR 0008.
/// </summary>
public static class ModuleServices
{
    public static readonly IReadOnlyList<string> Suffixes = ["Commands", "Queries", "Service", "Work", "Seeder", "Access"];

    public static IServiceCollection AddModuleServices(this IServiceCollection services, Assembly assembly) =>
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(c => c.Where(IsService), publicOnly: false)
            .AsSelf()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());

    public static bool IsService(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false, IsNested: false }
        && Suffixes.Any(s => type.Name.EndsWith(s, StringComparison.Ordinal));
}
