using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Quotes.Data;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes;

public sealed class QuotesModule : IModule
{
    public const string Policy = "Quotes.Access";

    internal static readonly string[] AccessRoles = [Roles.Admin, Roles.SalesDirector, Roles.RegionalManager, Roles.Salesperson, Roles.Tech, Roles.Finance, Roles.Legal, Roles.GeneralManager];

    public string Name => "Quotes";

    public IReadOnlyList<ModuleNavItem> Navigation { get; } =
        [new("Nav_Quotes", "Quotes", "/Index", AccessRoles)];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<QuotesDbContext>(configuration, "quotes");
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireRole(AccessRoles));
    }

    public void ConfigurePages(RazorPagesOptions options) =>
        options.Conventions.AuthorizeAreaFolder("Quotes", "/", Policy);
}
