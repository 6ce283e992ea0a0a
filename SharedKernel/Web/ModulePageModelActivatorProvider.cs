using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace SalesSuite.SharedKernel.Web;

/// <summary>
/// Page models are public (Razor needs them) but take a module's internal services through an internal
/// constructor. ActivatorUtilities only sees public constructors, so this activator uses the widest one.
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
        return context =>
        {
            var services = context.HttpContext.RequestServices;
            var arguments = new object[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                arguments[i] = services.GetRequiredService(parameters[i]);
            }
            return constructor.Invoke(arguments);
        };
    }

    public Action<PageContext, object>? CreateReleaser(CompiledPageActionDescriptor descriptor) =>
        typeof(IDisposable).IsAssignableFrom(descriptor.ModelTypeInfo) ? (_, model) => ((IDisposable)model).Dispose() : null;
}
