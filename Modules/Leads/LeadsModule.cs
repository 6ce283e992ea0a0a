using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads;

public sealed class LeadsModule : IModule
{
    public const string Policy = "Leads.Access";

    internal static readonly string[] AccessRoles = [Roles.Admin, Roles.SalesDirector, Roles.RegionalManager, Roles.Salesperson, Roles.GeneralManager, Roles.Marketing];

    public string Name => "Leads";

    public IReadOnlyList<ModuleNavItem> Navigation { get; } =
        [new("Nav_Leads", "Leads", "/Index", AccessRoles)];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<LeadsDbContext>(configuration, "leads");
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireRole(AccessRoles));
    }

    public void ConfigurePages(RazorPagesOptions options) =>
        options.Conventions.AuthorizeAreaFolder("Leads", "/", Policy);
}
