using Microsoft.Extensions.DependencyInjection;

namespace SalesSuite.SharedKernel.Modules;

/// <summary>Registering and choosing home-page panels (<see cref="HomePanel"/>).</summary>
public static class HomePanels
{
    public static IServiceCollection AddHomePanel(this IServiceCollection services, HomePanel panel) => services.AddSingleton(panel);

    /// <summary>The panels <paramref name="isInRole"/> may see, in their order (then by module name, for a stable page).</summary>
    public static IReadOnlyList<HomePanel> VisibleTo(this IEnumerable<HomePanel> panels, Func<string, bool> isInRole) =>
        panels.Where(p => p.IsVisibleTo(isInRole)).OrderBy(p => p.Order).ThenBy(p => p.Module, StringComparer.Ordinal).ToList();
}
