using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mono.Cecil;
using NetArchTest.Rules;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Architecture.Tests;

/// <summary>Each rule is a function returning the offending type names, so it can be run on bad fixtures too.</summary>
internal static class Rules
{
    /// <summary>Types that use <paramref name="otherModuleNamespace"/> other than its ".Contracts".</summary>
    public static IReadOnlyList<string> UsesModuleInternals(IEnumerable<TypeDefinition> types, string otherModuleNamespace)
    {
        var contracts = otherModuleNamespace + ".Contracts";
        bool Internal(string name) =>
            (name.StartsWith(otherModuleNamespace + ".", StringComparison.Ordinal))
            && !name.StartsWith(contracts + ".", StringComparison.Ordinal);
        return types.Where(t => Il.ReferencedTypeNames(t).Any(Internal)).Select(t => t.FullName).ToList();
    }

    /// <summary>NetArchTest: types (of the selection) depending on any of the module namespaces.</summary>
    public static IReadOnlyList<string> DependOnAny(PredicateList selection, params string[] namespaces)
    {
        var result = selection.ShouldNot().HaveDependencyOnAny(namespaces).GetResult();
        return result.IsSuccessful ? [] : result.FailingTypeNames.ToList();
    }

    /// <summary>NetArchTest: types (of the selection) depending on anything beyond the kernel, NodaTime, the BCL and their own namespace.</summary>
    public static IReadOnlyList<string> ContractsDependOnMoreThanAllowed(PredicateList selection, string ownNamespace)
    {
        var result = selection.Should()
            .OnlyHaveDependenciesOn(ownNamespace, "SalesSuite.SharedKernel", "NodaTime", "System", "Microsoft.CodeAnalysis")
            .GetResult();
        return result.IsSuccessful ? [] : result.FailingTypeNames.ToList();
    }

    /// <summary>Type references from <paramref name="host"/> into <paramref name="moduleAssemblies"/> other than the allowed entry types.</summary>
    public static IReadOnlyList<string> ReferencesBeyondEntryTypes(
        ModuleDefinition host, IReadOnlyCollection<string> moduleAssemblies, IReadOnlyCollection<string> entryTypes) =>
        host.GetTypeReferences()
            .Where(r => r.Scope is AssemblyNameReference a && moduleAssemblies.Contains(a.Name))
            .Select(r => r.FullName)
            .Where(n => !entryTypes.Contains(n))
            .Distinct()
            .ToList();

    /// <summary>
    /// Public types that should be internal. Allowed: the IModule entry, page models, Razor-generated pages,
    /// dotnet-ef's generated migrations and compiled model (Data/CompiledModels: the model and its entity-type
    /// classes), and the types a public page model must expose (C# makes its bound input and view-model types public too).
    /// </summary>
    public static IReadOnlyList<string> NeedlesslyPublic(IEnumerable<Type> types)
    {
        var visible = types.Where(t => t.IsVisible).ToList();
        var allowed = visible.Where(t =>
                typeof(IModule).IsAssignableFrom(t)
                || typeof(PageModel).IsAssignableFrom(t)
                || typeof(Microsoft.AspNetCore.Mvc.Razor.IRazorPage).IsAssignableFrom(t)
                || typeof(Microsoft.EntityFrameworkCore.Migrations.Migration).IsAssignableFrom(t)
                || IsCompiledModel(t))
            .ToHashSet();
        var queue = new Queue<Type>(allowed);
        while (queue.TryDequeue(out var type))
        {
            foreach (var exposed in ExposedTypes(type).Where(visible.Contains).Where(allowed.Add))
            {
                queue.Enqueue(exposed);
            }
        }
        return visible.Where(t => !allowed.Contains(t)).Select(t => t.FullName!).ToList();
    }

    private static bool IsCompiledModel(Type type) =>
        type.Namespace?.EndsWith(".Data.CompiledModels", StringComparison.Ordinal) == true
        && (typeof(Microsoft.EntityFrameworkCore.Metadata.RuntimeModel).IsAssignableFrom(type)
            || type.IsDefined(typeof(Microsoft.EntityFrameworkCore.Infrastructure.EntityFrameworkInternalAttribute), inherit: false));

    /// <summary>Types in the public surface of <paramref name="type"/>: properties, fields, method signatures, nested types.</summary>
    private static IEnumerable<Type> ExposedTypes(Type type)
    {
        const BindingFlags surface = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var direct = type.GetProperties(surface).Select(p => p.PropertyType)
            .Concat(type.GetFields(surface).Select(f => f.FieldType))
            .Concat(type.GetMethods(surface).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
            .Concat(type.GetConstructors().SelectMany(c => c.GetParameters().Select(p => p.ParameterType)))
            .Concat(type.GetNestedTypes(BindingFlags.Public));
        return direct.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }
        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Prepend(type) : [type];
    }

    private static readonly HashSet<string> ClockTypes = ["System.DateTime", "System.DateTimeOffset"];
    private static readonly HashSet<string> ClockReads = ["get_Now", "get_UtcNow", "get_Today"];

    /// <summary>Types whose IL reads the system clock directly instead of the injected NodaTime IClock.</summary>
    public static IReadOnlyList<string> ReadSystemClock(ModuleDefinition module) =>
        Il.Calls(module)
            .Where(c => ClockTypes.Contains(c.Callee.DeclaringType.FullName) && ClockReads.Contains(c.Callee.Name))
            .Select(c => $"{c.Caller} calls {c.Callee.DeclaringType.Name}.{c.Callee.Name}")
            .Distinct()
            .ToList();

    /// <summary>Integration events that are not sealed records (records carry a compiler-generated &lt;Clone&gt;$).</summary>
    public static IReadOnlyList<string> EventsThatAreNotSealedRecords(IEnumerable<Type> types) =>
        types.Where(t => typeof(IIntegrationEvent).IsAssignableFrom(t) && !t.IsInterface)
            .Where(t => !t.IsSealed || t.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is null)
            .Select(t => t.FullName!)
            .ToList();

    /// <summary>
    /// Top-level types in <paramref name="layerNamespace"/> (or below it) that mention a type of any
    /// <paramref name="forbidden"/> namespace.
    /// </summary>
    public static IReadOnlyList<string> LayerUses(IEnumerable<TypeDefinition> types, string layerNamespace, params string[] forbidden)
    {
        bool InLayer(TypeDefinition t) => t.Namespace == layerNamespace || t.Namespace.StartsWith(layerNamespace + ".", StringComparison.Ordinal);
        bool Forbidden(string name) => forbidden.Any(ns => name.StartsWith(ns + ".", StringComparison.Ordinal));
        return types.Where(t => !t.IsNested && InLayer(t))
            .Where(t => Il.ReferencedTypeNames(t).Any(Forbidden))
            .Select(t => t.FullName)
            .ToList();
    }

    /// <summary>Domain types of the module that know about persistence, use cases, pages or MVC.</summary>
    public static IReadOnlyList<string> DomainUsesOuterLayers(IEnumerable<TypeDefinition> types, string moduleNamespace) =>
        LayerUses(types, moduleNamespace + ".Domain",
            "Microsoft.EntityFrameworkCore", moduleNamespace + ".Data", moduleNamespace + ".Application",
            moduleNamespace + ".Areas", moduleNamespace + ".Web", "Microsoft.AspNetCore.Mvc");

    /// <summary>Application (use case) types of the module that know about pages.</summary>
    public static IReadOnlyList<string> ApplicationUsesPages(IEnumerable<TypeDefinition> types, string moduleNamespace) =>
        LayerUses(types, moduleNamespace + ".Application", moduleNamespace + ".Areas", "Microsoft.AspNetCore.Mvc.RazorPages");

    /// <summary>Background work that touches the database itself instead of calling the module's commands.</summary>
    public static IReadOnlyList<string> BackgroundUsesData(IEnumerable<TypeDefinition> types, string moduleNamespace) =>
        LayerUses(types, moduleNamespace + ".Background", moduleNamespace + ".Data", "Microsoft.EntityFrameworkCore");

    /// <summary>Integration event handlers that do not derive from the inbox base <see cref="IdempotentHandler{TEvent, TContext}"/>.</summary>
    public static IReadOnlyList<string> HandlersThatAreNotIdempotent(IEnumerable<Type> types) =>
        types.Where(t => t is { IsClass: true, IsAbstract: false })
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>)))
            .Where(t => !BaseTypes(t).Any(b => b.IsGenericType && b.GetGenericTypeDefinition() == typeof(IdempotentHandler<,>)))
            .Select(t => t.FullName!)
            .ToList();

    private static IEnumerable<Type> BaseTypes(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            yield return current;
        }
    }

    private const string DbContextType = "Microsoft.EntityFrameworkCore.DbContext";

    /// <summary>
    /// Page models that save a DbContext themselves (the use case should): calls to SaveChanges* declared on a
    /// DbContext, from the page model or its compiler-generated nested types (async state machines, lambdas).
    /// </summary>
    public static IReadOnlyList<string> PageModelsThatSave(IEnumerable<TypeDefinition> types) =>
        types.Where(t => !t.IsNested && Il.DerivesFrom(t, typeof(PageModel).FullName!))
            .Where(t => Il.CallsWithin(t).Any(m =>
                m.Name.StartsWith("SaveChanges", StringComparison.Ordinal) && Il.DerivesFrom(m.DeclaringType, DbContextType)))
            .Select(t => t.FullName)
            .ToList();
}
