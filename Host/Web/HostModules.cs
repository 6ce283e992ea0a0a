using SalesSuite.Collections;
using SalesSuite.Goals;
using SalesSuite.Health;
using SalesSuite.Leads;
using SalesSuite.Quotes;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.Stores;

namespace SalesSuite.Host.Web;

/// <summary>The modules this host runs, listed explicitly (no assembly probing).</summary>
public static class HostModules
{
    public static IReadOnlyList<IModule> All { get; } =
    [
        new LeadsModule(),
        new QuotesModule(),
        new CollectionsModule(),
        new StoresModule(),
        new GoalsModule(),
        new HealthModule(),
    ];
}
