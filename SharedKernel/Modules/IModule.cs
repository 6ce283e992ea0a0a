using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SalesSuite.SharedKernel.Modules;

/// <summary>The one entry point through which a module registers itself with the host.</summary>
public interface IModule
{
    /// <summary>Module name; also the Razor Pages area and the SQL Server schema (lower-cased).</summary>
    string Name { get; }

    IReadOnlyList<ModuleNavItem> Navigation { get; }

    void Register(IServiceCollection services, IConfiguration configuration);

    void ConfigurePages(RazorPagesOptions options) { }

    void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
