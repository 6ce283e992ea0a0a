using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

/// <summary>The host with two extra home panels from a module it does not know: one for Finance, one for Legal and Tech.</summary>
public sealed class HomePanelFactory : AppFactory
{
    public static readonly HomePanel ForFinance =
        new("FakeFinance", "Fake_FinancePanel", "", "/Notifications/Index", [Roles.Finance], Order: 2, Handler: "Count",
            LinkPage: "/Notifications/Index");

    public static readonly HomePanel ForLegal =
        new("FakeLegal", "Fake_LegalPanel", "", "/Notifications/Index", [Roles.Legal, Roles.Tech], Order: 1);

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddHomePanel(ForFinance);
        services.AddHomePanel(ForLegal);
    }
}
