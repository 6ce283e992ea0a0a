using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Goals.Data;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Goals;

public sealed class GoalsModule : IModule
{
    public const string Policy = "Goals.Access";

    internal static readonly string[] AccessRoles =
    [
        Roles.Admin, Roles.SalesDirector, Roles.RegionalManager, Roles.Salesperson, Roles.GeneralManager,
    ];

    public string Name => "Goals";

    public IReadOnlyList<ModuleNavItem> Navigation { get; } =
        [new("Nav_Goals", "Goals", "/Index", AccessRoles)];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<GoalsDbContext>(configuration, "goals");
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireRole(AccessRoles));
    }

    public void ConfigurePages(RazorPagesOptions options) =>
        options.Conventions.AuthorizeAreaFolder("Goals", "/", Policy);
}
