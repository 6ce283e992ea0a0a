using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace SalesSuite.SharedKernel.Web;

/// <summary>
/// Page models are public (Razor needs them) but take a module's internal services through an internal
/// constructor. ActivatorUtilities only sees public constructors, so this activator uses the widest one, compiled once
/// per page into a delegate (no reflection per request).
/// </summary>
public sealed class ModulePageModelActivatorProvider : IPageModelActivatorProvider
{
    public Func<PageContext, object> CreateActivator(CompiledPageActionDescriptor descriptor)
    {
        var type = descriptor.ModelTypeInfo?.AsType() ?? throw new ArgumentException("Descriptor has no model type.", nameof(descriptor));
        var constructor = type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .OrderByDescending(c => c.GetParameters().Length)
            .First();
        var parameters = constructor.GetParameters().Select(p => p.ParameterType).ToArray();
        var services = Expression.Parameter(typeof(IServiceProvider), "services");
        var resolve = typeof(ServiceProviderServiceExtensions).GetMethod(
            nameof(ServiceProviderServiceExtensions.GetRequiredService), [typeof(IServiceProvider), typeof(Type)])!;
        var create = Expression.Lambda<Func<IServiceProvider, object>>(
            Expression.Convert(
                Expression.New(constructor, parameters.Select(p =>
                    Expression.Convert(Expression.Call(resolve, services, Expression.Constant(p)), p))),
                typeof(object)),
            services).Compile();
        return context => create(context.HttpContext.RequestServices);
    }

    public Action<PageContext, object>? CreateReleaser(CompiledPageActionDescriptor descriptor) =>
        typeof(IDisposable).IsAssignableFrom(descriptor.ModelTypeInfo) ? (_, model) => ((IDisposable)model).Dispose() : null;
}
